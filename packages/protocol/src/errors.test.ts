import { describe, expect, it } from 'vitest';
import { ApiError } from './errors.js';

describe('the error body', () => {
  it('comes back to the client as the error the server threw, in both languages', () => {
    const thrown = new ApiError(400, 'invalid-request', 'The request is not valid.', '请求无效。', [
      { path: 'name', message: 'must not be empty' },
    ]);
    const wire: unknown = JSON.parse(JSON.stringify(thrown));
    const read = ApiError.fromBody(400, wire);
    expect(read).toBeInstanceOf(ApiError);
    expect(read.toJSON()).toEqual(thrown.toJSON());
    expect(read.localized('zh')).toBe('请求无效。');
    expect(read.localized('en')).toBe('The request is not valid.');
  });

  it('still gives an error to show when the answer is not the contract (a proxy page, a newer server)', () => {
    const page = ApiError.fromBody(502, '<html>Bad Gateway</html>');
    expect(page.code).toBe('http-502');
    expect(page.localized('zh')).toBe('HTTP 502');
    const newer = ApiError.fromBody(409, { error: { code: 'some-new-code', message: 'Conflict.' } });
    expect(newer.code).toBe('http-409');
    expect(newer.localized('zh')).toBe('Conflict.');
  });
});
