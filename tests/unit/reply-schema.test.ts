/** The reply schema shared by the tracking page, the inbox and <ocop-reply-form>. */
import { expect, test } from 'vitest';
import { parseReply } from '../../src/lib/enquiries/reply-schema.ts';
import { errorText } from '../../src/lib/i18n/enquiries.ts';

const enquiry = '7K3M9-QXA2B';

test('a reply keeps its line breaks, trimmed and in NFC', () => {
  const result = parseReply({
    enquiry,
    message: '  Còn hàng.\nGiá 120.000 đ/kg  ',
    idempotencyKey: 'abcdefgh12',
  });
  expect(result).toEqual({
    ok: true,
    reply: { enquiry, message: 'Còn hàng.\nGiá 120.000 đ/kg', idempotencyKey: 'abcdefgh12' },
  });
  expect(parseReply({ enquiry, message: 'Cafe\u0301' })).toMatchObject({ reply: { message: 'Café' } });
  expect(parseReply({ enquiry, message: 'a\r\nb\rc' })).toMatchObject({ reply: { message: 'a\nb\nc' } });
});

test('refuses empty, too long, hidden characters, unknown fields and a bad reference, with words', () => {
  const errors = (input: unknown) => {
    const result = parseReply(input);
    return result.ok ? {} : result.errors;
  };
  expect(errors({ enquiry, message: '   ' })).toEqual({ message: { code: 'required' } });
  expect(errors({ enquiry, message: 'x'.repeat(4001) })).toEqual({
    message: { code: 'tooLong', params: { max: 4000 } },
  });
  expect(errors({ enquiry, message: 'ok\u202Egnp.exe' })).toEqual({ message: { code: 'invalidCharacters' } });
  // A line break inside a message is text; a header injection attempt stays in the body.
  expect(parseReply({ enquiry, message: 'Hi\r\nBcc: evil@example.com' }).ok).toBe(true);
  expect(errors({ enquiry, message: 'ok', to: 'x' })).toEqual({ to: { code: 'unknownField' } });
  expect(errors({ enquiry: "A'; DROP", message: 'ok' })).toEqual({ enquiry: { code: 'invalid' } });
  expect(errors({ enquiry, message: 'ok', idempotencyKey: 'short' })).toEqual({
    idempotencyKey: { code: 'idempotencyKey' },
  });
  expect(errorText('en', { code: 'required' })).toBe('Please fill in this field.');
});
