/** The enquiry schema shared by the API, the elements and these tests: every rule, and its words. */
import { describe, expect, test } from 'vitest';
import {
  type EnquiryContext,
  enquiryLimits,
  errorCodes,
  isPhoneNumber,
  parseEnquiry,
} from '../../src/lib/enquiries/schema.ts';
import { errorText } from '../../src/lib/i18n/enquiries.ts';

const valid = { product: 'mien-dong-tai-hoan', name: 'Nguyễn Văn An', email: 'an@example.vn', consent: true };

const errorsOf = (input: unknown, context?: EnquiryContext) => {
  const result = parseEnquiry(input, context);
  if (result.ok) throw new Error(`expected errors for ${JSON.stringify(input)}`);
  return result.errors;
};
const codeOf = (input: unknown, path: string, context?: EnquiryContext) =>
  errorsOf(input, context)[path]?.code;

const line = (over: Record<string, unknown> = {}) => ({
  product: 'mien-dong-tai-hoan',
  quantity: 100,
  ...over,
});
const basket = (lines: unknown[]) => {
  const { product: _product, ...contact } = valid;
  return { ...contact, lines };
};

const catalogue: EnquiryContext = {
  isKnownProduct: (slug) => ['mien-dong-tai-hoan', 'tra-hoa-vang', 'mat-ong-rung'].includes(slug),
  minimumOrder: (slug) => (slug === 'mien-dong-tai-hoan' ? { amount: 50, unit: 'kg' } : undefined),
  offersSamples: (slug) => slug !== 'mat-ong-rung',
};

describe('a valid enquiry', () => {
  test('is accepted with the least a buyer must give', () => {
    expect(parseEnquiry(valid)).toEqual({ ok: true, enquiry: valid });
  });

  test('text is trimmed and NFC-normalized; empty optional fields count as not given', () => {
    const decomposed = 'Nguye\u0302\u0303n'; // "Nguyễn" typed with combining marks
    const result = parseEnquiry({ ...valid, name: `  ${decomposed}  `, organization: '', phone: '   ' });
    expect(result.ok && result.enquiry).toEqual({ ...valid, name: 'Nguyễn' });
  });

  test('a phone number alone is enough contact', () => {
    const { email: _email, ...noEmail } = valid;
    expect(parseEnquiry({ ...noEmail, phone: '0912 345 678' }).ok).toBe(true);
  });

  test('a message keeps its line breaks and tabs', () => {
    const result = parseEnquiry({ ...valid, message: 'Xin chào,\r\n\tcho hỏi giá sỉ?' });
    expect(result.ok && result.enquiry.message).toBe('Xin chào,\r\n\tcho hỏi giá sỉ?');
  });
});

describe('required fields', () => {
  test('name', () => {
    expect(codeOf({ ...valid, name: undefined }, 'name')).toBe('required');
    expect(codeOf({ ...valid, name: '   ' }, 'name')).toBe('required');
  });

  test('an email or a phone number (Decree 13 aside, the producer must be able to answer)', () => {
    const { email: _email, ...noContact } = valid;
    expect(codeOf(noContact, 'contact')).toBe('contactRequired');
    expect(codeOf({ ...noContact, email: '', phone: '' }, 'contact')).toBe('contactRequired');
  });

  test('consent (Decree 13/2023/NĐ-CP) must be explicitly true', () => {
    for (const consent of [undefined, false, 'true', 'on', 1]) {
      expect(codeOf({ ...valid, consent }, 'consent')).toBe('consentRequired');
    }
  });

  test('a product or basket lines, not both', () => {
    const { product: _product, ...noProduct } = valid;
    expect(codeOf(noProduct, 'product')).toBe('required');
    expect(codeOf({ ...valid, lines: [line()] }, 'lines')).toBe('productOrLines');
  });

  test('field errors and cross-field errors are reported together', () => {
    expect(Object.keys(errorsOf({ name: '' })).sort()).toEqual(['consent', 'contact', 'name', 'product']);
  });
});

describe('formats', () => {
  test.each([
    '0912345678',
    '0912 345 678',
    '091.234.5678',
    '024 3826 1234',
    '02093 870 123',
    '+84 912 345 678',
    '+84912345678',
    '0084 912 345 678',
    '+33 1 42 68 53 00',
    '+1 (212) 555-0123',
  ])('accepts the phone number %s', (phone) => {
    expect(isPhoneNumber(phone)).toBe(true);
  });

  test.each([
    '09',
    '912345678',
    '0012',
    '+84 12',
    '0912345678901',
    '+0 912 345 678',
    '0912-345-678 ext 2',
    'không có',
    '+84 912 345 678+',
  ])('refuses the phone number %s', (phone) => {
    expect(isPhoneNumber(phone)).toBe(false);
    expect(codeOf({ ...valid, phone }, 'phone')).toBe('phone');
  });

  test.each(['an', 'an@', '@example.vn', 'an@example', 'an example@x.vn', 'an@ex ample.vn'])(
    'refuses the email %s',
    (email) => {
      expect(codeOf({ ...valid, email }, 'email')).toBe('email');
    },
  );

  test('product slugs are lower-case ASCII words joined by hyphens', () => {
    for (const product of ['Mien-Dong', 'miến-dong', '../etc/passwd', 'a--b', '-a', 'a_b']) {
      expect(codeOf({ ...valid, product }, 'product')).toBe('unknownProduct');
    }
  });

  test('idempotency keys are 8 to 128 URL-safe characters', () => {
    expect(parseEnquiry({ ...valid, idempotencyKey: 'c0ffee-2026-11-28' }).ok).toBe(true);
    for (const idempotencyKey of ['short', 'x'.repeat(129), 'has space in it', 'ключ-ключ-ключ']) {
      expect(codeOf({ ...valid, idempotencyKey }, 'idempotencyKey')).toBe('idempotencyKey');
    }
  });

  test('the fill time is a whole, non-negative number of milliseconds', () => {
    expect(parseEnquiry({ ...valid, fillTime: 5000 }).ok).toBe(true);
    for (const fillTime of [-1, 1.5, '5000', null])
      expect(codeOf({ ...valid, fillTime }, 'fillTime')).toBe('invalid');
  });
});

describe('hostile text', () => {
  test.each([
    ['a NUL byte', 'An\u0000'],
    ['an escape sequence', 'An\u001b[31m'],
    ['a line break', 'An\nBcc: x@example.com'],
    ['a tab', 'An\tB'],
    ['DEL', 'An\u007f'],
    ['a C1 control', 'An\u0085'],
    ['a right-to-left override', 'An\u202egpj.exe'],
    ['a line separator', 'An\u2028B'],
    ['a lone surrogate', 'An\ud800'],
  ])('a single-line field with %s is refused', (_what, name) => {
    expect(codeOf({ ...valid, name }, 'name')).toBe('invalidCharacters');
  });

  test('a message may not hide control characters either', () => {
    expect(codeOf({ ...valid, message: 'Xin chào\u0007' }, 'message')).toBe('invalidCharacters');
    expect(codeOf({ ...valid, message: 'abc\u2066def' }, 'message')).toBe('invalidCharacters');
  });

  test.each(
    Object.entries({
      name: enquiryLimits.name,
      organization: enquiryLimits.organization,
      message: enquiryLimits.message,
      quantity: enquiryLimits.quantityText,
    }),
  )('%s has a length cap of %i characters', (field, max) => {
    expect(parseEnquiry({ ...valid, [field]: 'a'.repeat(max) }).ok).toBe(true);
    expect(errorsOf({ ...valid, [field]: 'a'.repeat(max + 1) })[field]).toEqual({
      code: 'tooLong',
      params: { max },
    });
  });

  test('unknown fields are refused by name, prototype keys included', () => {
    const errors = errorsOf(
      JSON.parse(
        '{"product":"a","name":"b","email":"c@d.vn","consent":true,"admin":true,"__proto__":{"x":1}}',
      ),
    );
    expect(errors.admin?.code).toBe('unknownField');
    expect(Object.entries(errors)).toContainEqual(['__proto__', { code: 'unknownField' }]);
  });

  test('wrong types are refused, not coerced', () => {
    expect(codeOf({ ...valid, name: 42 }, 'name')).toBe('invalid');
    expect(codeOf({ ...valid, name: ['An'] }, 'name')).toBe('invalid');
    expect(codeOf({ ...valid, email: { toString: 'x' } }, 'email')).toBe('email');
    expect(codeOf({ ...valid, locale: 'fr' }, 'locale')).toBe('invalid');
    expect(parseEnquiry(null).ok).toBe(false);
    expect(parseEnquiry('a string').ok).toBe(false);
  });
});

describe('a sample on the one-product form', () => {
  test('is asked for with the product, where its producer sends samples', () => {
    const result = parseEnquiry({ ...valid, sample: true }, catalogue);
    expect(result.ok && result.enquiry.sample).toBe(true);
    expect(codeOf({ ...valid, product: 'mat-ong-rung', sample: true }, 'sample', catalogue)).toBe(
      'noSamples',
    );
    expect(parseEnquiry({ ...valid, product: 'mat-ong-rung', sample: false }, catalogue).ok).toBe(true);
  });

  test('is a yes or no, and belongs to the one-product form, not beside basket lines', () => {
    expect(codeOf({ ...valid, sample: 'có' }, 'sample')).toBe('invalid');
    expect(codeOf({ ...basket([line()]), sample: true }, 'sample', catalogue)).toBe('productOrLines');
  });
});

describe('basket lines', () => {
  test('are accepted with quantity, sample, target price and delivery window', () => {
    const lines = [
      line({
        quantity: 50,
        sample: true,
        targetPrice: 60000,
        deliveryFrom: '2026-12-01',
        deliveryTo: '2027-01-31',
      }),
      line({ product: 'tra-hoa-vang', quantity: 2 }),
    ];
    const result = parseEnquiry(basket(lines), catalogue);
    expect(result.ok && result.enquiry.lines).toEqual([lines[0], { ...lines[1], sample: false }]);
  });

  test('the quantity is at least the minimum order, in the product’s unit', () => {
    expect(errorsOf(basket([line({ quantity: 49.5 })]), catalogue)['lines.0.quantity']).toEqual({
      code: 'belowMinimum',
      params: { amount: 50, unit: 'kg' },
    });
    expect(parseEnquiry(basket([line({ quantity: 50 })]), catalogue).ok).toBe(true);
  });

  test('a sample is not held to the minimum order', () => {
    expect(parseEnquiry(basket([line({ quantity: 2, sample: true })]), catalogue).ok).toBe(true);
    expect(codeOf(basket([line({ quantity: 2, sample: false })]), 'lines.0.quantity', catalogue)).toBe(
      'belowMinimum',
    );
  });

  test('a sample is asked only of a product whose producer sends samples', () => {
    const honey = line({ product: 'mat-ong-rung', quantity: 1, sample: true });
    expect(codeOf(basket([honey]), 'lines.0.sample', catalogue)).toBe('noSamples');
    expect(parseEnquiry(basket([{ ...honey, sample: false }]), catalogue).ok).toBe(true);
  });

  test('quantities are positive numbers within reason', () => {
    for (const quantity of [0, -5, 'một trăm', Number.NaN, 1e10, undefined]) {
      const code = codeOf(basket([line({ quantity })]), 'lines.0.quantity');
      expect(code === 'quantity' || code === 'required').toBe(true);
    }
  });

  test('a product appears once, and must exist', () => {
    expect(codeOf(basket([line(), line()]), 'lines.1.product', catalogue)).toBe('duplicateProduct');
    expect(codeOf(basket([line({ product: 'khong-co' })]), 'lines.0.product', catalogue)).toBe(
      'unknownProduct',
    );
    expect(codeOf({ ...valid, product: 'khong-co' }, 'product', catalogue)).toBe('unknownProduct');
  });

  test('target prices are whole VND above zero', () => {
    for (const targetPrice of [0, -1, 1.5, '60000']) {
      expect(codeOf(basket([line({ targetPrice })]), 'lines.0.targetPrice')).toBe('price');
    }
  });

  test('delivery dates are real calendar days, in order', () => {
    expect(codeOf(basket([line({ deliveryFrom: '2026-02-30' })]), 'lines.0.deliveryFrom')).toBe('date');
    expect(codeOf(basket([line({ deliveryFrom: '1/12/2026' })]), 'lines.0.deliveryFrom')).toBe('date');
    expect(
      codeOf(basket([line({ deliveryFrom: '2026-12-02', deliveryTo: '2026-12-01' })]), 'lines.0.deliveryTo'),
    ).toBe('dateOrder');
  });

  test(`at most ${enquiryLimits.lines} lines, and no unknown fields in a line`, () => {
    const many = Array.from({ length: enquiryLimits.lines + 1 }, (_, i) => line({ product: `p-${i}` }));
    expect(codeOf(basket(many), 'lines')).toBe('tooManyLines');
    expect(codeOf(basket([]), 'lines')).toBe('required');
    expect(codeOf(basket([line({ price: 1 })]), 'lines.0.price')).toBe('unknownField');
  });
});

describe('error messages', () => {
  test('every code has words in Vietnamese and in English, and they differ', () => {
    for (const code of errorCodes) {
      const params = { max: 120, amount: 1000, unit: 'kg' };
      const vi = errorText('vi', { code, params });
      const en = errorText('en', { code, params });
      expect(vi.length).toBeGreaterThan(5);
      expect(en.length).toBeGreaterThan(5);
      expect(vi).not.toBe(en);
    }
  });

  test('numbers in messages follow the language', () => {
    expect(errorText('vi', { code: 'belowMinimum', params: { amount: 1000, unit: 'kg' } })).toContain(
      '1.000 kg',
    );
    expect(errorText('en', { code: 'belowMinimum', params: { amount: 1000, unit: 'kg' } })).toContain(
      '1,000 kg',
    );
  });
});
