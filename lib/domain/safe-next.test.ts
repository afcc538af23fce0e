import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next';

describe('safeNextPath', () => {
  it('keeps paths on this site', () => {
    expect(safeNextPath('/account')).toBe('/account');
    expect(safeNextPath('/items/Y.3101?tab=history')).toBe('/items/Y.3101?tab=history');
  });
  it('refuses other origins and junk', () => {
    for (const bad of [
      '//evil.example',
      'https://evil.example',
      '/\\evil.example',
      'account',
      '',
      null,
      '/a\nb',
    ])
      expect(safeNextPath(bad)).toBe('/');
  });
});
