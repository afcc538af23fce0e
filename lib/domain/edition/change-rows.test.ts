import { describe, expect, it } from 'vitest';
import { constructedHistory, EXPECTED_CHANGES } from '../../tooling/edition-history';
import { changeRows } from './change-rows';
import { compareEditions } from './changes';

describe('changeRows', () => {
  it('lists exactly the changes of a constructed history: new, approved, withdrawn, renamed, moved target, removed', () => {
    const { earlier, later } = constructedHistory();
    expect(changeRows(compareEditions(earlier, later))).toEqual(EXPECTED_CHANGES);
  });

  it('lists nothing between an edition and itself', () => {
    const { later } = constructedHistory();
    expect(changeRows(compareEditions(later, later))).toEqual([]);
  });
});
