import { describe, expect, it } from 'vitest';
import {
  LIFECYCLES,
  PROCESSES,
  STAGES,
  canTransition,
  nextStatuses,
  stageOf,
  threeGppStatusForVersion,
} from './lifecycle';

describe('lifecycles', () => {
  it('gives every status of every process a common stage', () => {
    for (const process of PROCESSES) {
      for (const status of LIFECYCLES[process]) expect(STAGES).toContain(status.stage);
    }
  });

  it('only lets a status move to statuses of the same process', () => {
    for (const process of PROCESSES) {
      const codes = LIFECYCLES[process].map((s) => s.code);
      for (const status of LIFECYCLES[process]) for (const next of status.next) expect(codes).toContain(next);
    }
  });

  it('maps ITU-T AAP statuses to the common stages', () => {
    expect(stageOf('AAP', 'UNDER_STUDY')).toBe('DRAFTING');
    expect(stageOf('AAP', 'CONSENTED')).toBe('UNDER_APPROVAL');
    expect(stageOf('AAP', 'LAST_CALL_JUDGMENT')).toBe('UNDER_APPROVAL');
    expect(stageOf('AAP', 'APPROVED')).toBe('APPROVED');
    expect(stageOf('AAP', 'DISCONTINUED')).toBe('WITHDRAWN');
    expect(stageOf('AAP', 'SUPERSEDED')).toBe('SUPERSEDED');
  });

  it('maps IETF and 3GPP statuses to the common stages', () => {
    expect(stageOf('IETF', 'RFC_EDITOR_QUEUE')).toBe('UNDER_APPROVAL');
    expect(stageOf('IETF', 'RFC')).toBe('APPROVED');
    expect(stageOf('IETF', 'EXPIRED')).toBe('WITHDRAWN');
    expect(stageOf('IETF', 'REPLACED')).toBe('SUPERSEDED');
    expect(stageOf('THREEGPP', 'UNDER_CHANGE_CONTROL')).toBe('APPROVED');
  });

  it('refuses a status that the process does not have', () => {
    expect(() => stageOf('TAP', 'CONSENTED')).toThrow(/not a status of the TAP process/);
    expect(() => stageOf('IETF', 'APPROVED')).toThrow();
  });

  it('follows AAP: consent, last call, then approval or judgment', () => {
    expect(nextStatuses('AAP', 'CONSENTED').map((s) => s.code)).toEqual(['LAST_CALL', 'UNDER_STUDY']);
    expect(canTransition('AAP', 'LAST_CALL', 'APPROVED')).toBe(true);
    expect(canTransition('AAP', 'UNDER_STUDY', 'APPROVED')).toBe(false);
    expect(canTransition('TAP', 'UNDER_STUDY', 'DETERMINED')).toBe(true);
    expect(nextStatuses('AAP', 'NOPE')).toEqual([]);
  });

  it('derives the 3GPP status from the specification version', () => {
    expect(threeGppStatusForVersion('0.3.0')).toBe('DRAFT');
    expect(threeGppStatusForVersion('1.0.0')).toBe('FOR_INFORMATION');
    expect(threeGppStatusForVersion('2.1.0')).toBe('FOR_APPROVAL');
    expect(threeGppStatusForVersion('3.0.0')).toBe('UNDER_CHANGE_CONTROL');
    expect(threeGppStatusForVersion('18.6.0')).toBe('UNDER_CHANGE_CONTROL');
    expect(threeGppStatusForVersion('v18')).toBeNull();
  });
});
