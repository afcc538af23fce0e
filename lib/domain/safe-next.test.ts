import { describe, expect, it } from 'vitest';
import { landingPath, safeNextPath } from './safe-next';

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

describe('landingPath', () => {
  const rapporteur = { isAdmin: false, roles: [{ role: 'RAPPORTEUR' }] };
  const reader = { isAdmin: false, roles: [] };
  it('goes back to the page the person came from', () => {
    expect(landingPath('/liaisons?direction=incoming', rapporteur)).toBe('/liaisons?direction=incoming');
    expect(landingPath('/', reader)).toBe('/');
  });
  it('else "My work" for people with a role, the roadmap for readers', () => {
    for (const next of [
      undefined,
      '',
      '/sign-in',
      '/sign-in?next=%2F',
      '//evil.example',
      'https://evil.example',
    ])
      expect(landingPath(next, rapporteur)).toBe('/home');
    expect(landingPath(undefined, { isAdmin: true, roles: [] })).toBe('/home');
    expect(landingPath(undefined, reader)).toBe('/');
    expect(landingPath(undefined, null)).toBe('/');
  });
});
