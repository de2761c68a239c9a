import { describe, expect, it } from 'vitest';
import { startupLine } from '../src/startupLine.js';

describe('the start-up line', () => {
  it('names the address to open, in both languages', () => {
    const line = startupLine('127.0.0.1', 8080);
    expect(line).toContain('open http://127.0.0.1:8080 in your browser');
    expect(line).toContain('请在浏览器中打开 http://127.0.0.1:8080');
    expect(line).not.toContain('\n');
  });

  it('shows a wildcard listen address as one a browser can open', () => {
    expect(startupLine('0.0.0.0', 3000)).toContain('http://localhost:3000');
    expect(startupLine('::', 3000)).toContain('http://localhost:3000');
    expect(startupLine('::1', 3000)).toContain('http://[::1]:3000');
  });
});
