import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icsCalendar } from '../../src/lib/fairs/ics.ts';

const octets = (line: string) => new TextEncoder().encode(line).length;

/** A small RFC 5545 reader: unfolds lines, splits name;params:value and unescapes TEXT. */
function parse(ics: string) {
  expect(ics.endsWith('\r\n')).toBe(true);
  const physical = ics.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(line).not.toMatch(/[\r\n]/);
    expect(octets(line)).toBeLessThanOrEqual(75);
  }
  const logical = physical.reduce<string[]>((lines, line) => {
    if (line.startsWith(' ') || line.startsWith('\t')) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
    return lines;
  }, []);
  return logical.map((line) => {
    const colon = line.indexOf(':');
    const [name = '', ...params] = line.slice(0, colon).split(';');
    const value = line
      .slice(colon + 1)
      .replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
    return { name, params, value };
  });
}

const event = {
  uid: 'hoi-cho-ocop-ha-noi-2026@ocop.backan.example',
  stamp: new Date('2026-11-01T08:30:00Z'),
  start: '2026-12-10',
  end: '2026-12-14',
  summary: 'Hội chợ OCOP Hà Nội 2026 – gian hàng Bắc Kạn (B12, B13)',
  location: 'Cung Văn hóa Hữu nghị, 91 Trần Hưng Đạo; Hà Nội',
  description: `Gian hàng Bắc Kạn giới thiệu sản phẩm OCOP 3 sao trở lên; miến dong, trà, mật ong…\nSecond line with a backslash \\ in it, and a long tail of words to force several folds ${'ừ'.repeat(40)}`,
  url: 'https://ocop.backan.example/hoi-cho/hoi-cho-ocop-ha-noi-2026/',
  language: 'vi',
};

describe('fair calendar (.ics)', () => {
  const properties = parse(icsCalendar(event, '-//OCOP Bac Kan//Fair calendar//VI'));
  const get = (name: string) => properties.find((p) => p.name === name);

  it('is one VEVENT inside a VCALENDAR 2.0 with a PRODID', () => {
    expect(
      properties.map(
        (p) => `${p.name}:${p.name.startsWith('BEGIN') || p.name.startsWith('END') ? p.value : ''}`,
      ),
    ).toEqual(expect.arrayContaining(['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'END:VEVENT', 'END:VCALENDAR']));
    expect(properties[0]).toEqual({ name: 'BEGIN', params: [], value: 'VCALENDAR' });
    expect(properties.at(-1)).toEqual({ name: 'END', params: [], value: 'VCALENDAR' });
    expect(get('VERSION')?.value).toBe('2.0');
    expect(get('PRODID')?.value).toBeTruthy();
  });

  it('has UID and a UTC DTSTAMP', () => {
    expect(get('UID')?.value).toBe(event.uid);
    expect(get('DTSTAMP')?.value).toBe('20261101T083000Z');
  });

  it('is an all-day event whose DTEND is the day after the last day', () => {
    expect(get('DTSTART')).toEqual({ name: 'DTSTART', params: ['VALUE=DATE'], value: '20261210' });
    expect(get('DTEND')).toEqual({ name: 'DTEND', params: ['VALUE=DATE'], value: '20261215' });
  });

  it('round-trips text with commas, semicolons, backslashes, new lines and Vietnamese', () => {
    expect(get('SUMMARY')?.value).toBe(event.summary);
    expect(get('SUMMARY')?.params).toEqual(['LANGUAGE=vi']);
    expect(get('LOCATION')?.value).toBe(event.location);
    expect(get('DESCRIPTION')?.value).toBe(event.description);
    expect(get('URL')?.value).toBe(event.url);
  });

  it('ends an event on the next month or year when needed', () => {
    const props = parse(icsCalendar({ ...event, start: '2026-12-30', end: '2026-12-31' }, 'x'));
    expect(props.find((p) => p.name === 'DTEND')?.value).toBe('20270101');
  });
});

describe('escapeText and foldLine', () => {
  it('escapes the TEXT specials', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('never splits a multi-byte character and keeps every line within 75 octets', () => {
    const line = `DESCRIPTION:${'Bắc Kạn '.repeat(30)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(
      folded
        .split('\r\n')
        .map((part, i) => (i === 0 ? part : part.slice(1)))
        .join(''),
    ).toBe(line);
    expect(folded).not.toContain('\uFFFD');
  });

  it('leaves short lines alone', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
  });
});
