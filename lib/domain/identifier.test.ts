import { describe, expect, it } from 'vitest';
import { identifierProblem, identifierSearchText, looksLikeIdentifier, parseIdentifier } from './identifier';

describe('parseIdentifier', () => {
  it.each([
    ['Y.3101', 'itu', 'Y.3101'],
    ['ITU-T Y.3172', 'itu', 'Y.3172'],
    ['Y.IMT2030-arch', 'itu', 'Y.IMT2030-arch'],
    ['TS 23.501', '3gpp', '23.501'],
    ['3GPP TR 22.870', '3gpp', '22.870'],
    ['RFC 9543', 'ietf-rfc', '9543'],
    ['rfc9543', 'ietf-rfc', '9543'],
    [
      'draft-ietf-teas-ietf-network-slice-nbi-yang-09',
      'ietf-draft',
      'draft-ietf-teas-ietf-network-slice-nbi-yang',
    ],
    ['ETSI GS ZSM 002', 'etsi', 'GS ZSM 002'],
    ['O-RAN.WG1.OAD', 'other', 'O-RAN.WG1.OAD'],
  ])('%s is a %s identifier with core %s', (text, scheme, core) => {
    expect(parseIdentifier(text)).toEqual({ scheme, core });
  });
});

describe('looksLikeIdentifier', () => {
  it.each(['Y.3101', 'G.83', '23.501', 'RFC 9543', 'TS 28.530', 'draft-ietf-teas'])(
    '%s looks like one',
    (q) => {
      expect(looksLikeIdentifier(q)).toBe(true);
    },
  );
  it.each(['network slicing', 'energy', '', 'Slicing 5G'])('%s does not', (q) => {
    expect(looksLikeIdentifier(q)).toBe(false);
  });
  it('searches by the core of an identifier', () => {
    expect(identifierSearchText('RFC 9543')).toBe('9543');
    expect(identifierSearchText('TS 23.501')).toBe('23.501');
    expect(identifierSearchText('slicing')).toBe('slicing');
  });
});

describe('identifierProblem', () => {
  it('accepts real identifiers', () => {
    for (const id of ['Y.3101', 'TS 23.501', 'RFC 9543', 'O-RAN.WG1.OAD-R003-v12.00'])
      expect(identifierProblem(id)).toBeNull();
  });
  it('names what is wrong', () => {
    expect(identifierProblem('')).toBe('is empty');
    expect(identifierProblem(' Y.3101')).toBe('starts or ends with a space');
    expect(identifierProblem('Q6/13')).toBe('contains one of / ? # % \\');
    expect(identifierProblem('Y.3101\u0000')).toBe('contains a control character');
    expect(identifierProblem('x'.repeat(121))).toBe('is longer than 120 characters');
  });
});
