import { describe, expect, it } from 'vitest';
import { createLiaisonSchema, updateLiaisonSchema } from './schemas/liaison';
import {
  EMPTY_LIAISON_FORM,
  groupFieldErrors,
  issuesByPath,
  liaisonFormValues,
  readLiaisonForm,
  replyDraft,
  splitIdentifiers,
  toCreateInput,
  toUpdateInput,
} from './liaison-form';

const stored = {
  title: 'LS on IMT-2030',
  direction: 'INCOMING' as const,
  purpose: 'FOR_ACTION' as const,
  from: '3gpp/tsg-sa',
  to: ['itu-t/sg13', 'itu-t/sg13/wp1-13/q20-13'],
  date: '2026-03-01',
  deadline: '2026-06-01',
  state: 'OPEN' as const,
  inReplyTo: null,
  documentUrl: null,
  workItems: ['Y.3101', 'TS 23.501'],
};

describe('the liaison form', () => {
  it('reads the fields, recipients as a list', () => {
    const data = new FormData();
    for (const [k, v] of Object.entries({ reference: 'SG13-LS1', title: 'T', from: 'itu-t/sg13' }))
      data.set(k, v);
    data.append('to', 'ietf/iesg');
    data.append('to', '3gpp/tsg-sa');
    data.set('workItems', 'Y.3101, TS 23.501\n\nRFC 9543;');
    const values = readLiaisonForm(data);
    expect(values.to).toEqual(['ietf/iesg', '3gpp/tsg-sa']);
    expect(values.deadline).toBe('');
    expect(toCreateInput(values)).toMatchObject({
      reference: 'SG13-LS1',
      workItems: ['Y.3101', 'TS 23.501', 'RFC 9543'],
      comment: null,
    });
  });

  it('splits identifiers on lines, commas and semicolons but keeps spaces inside them', () => {
    expect(splitIdentifiers(' TS 23.501 ;draft-ietf-teas-ietf-network-slices\n')).toEqual([
      'TS 23.501',
      'draft-ietf-teas-ietf-network-slices',
    ]);
  });

  it('round-trips a stored liaison through the update schema', () => {
    const values = liaisonFormValues('LS-1', stored);
    const parsed = updateLiaisonSchema.parse(toUpdateInput(values, 3));
    expect(parsed).toMatchObject({ ...stored, version: 3, comment: null });
  });

  it('reports errors by form control, naming the bad work item', () => {
    const values = {
      ...EMPTY_LIAISON_FORM,
      reference: 'a/b',
      workItems: 'Y.3101\n' + 'x'.repeat(130),
      date: '2026-02-30',
    };
    const result = createLiaisonSchema.safeParse(toCreateInput(values));
    expect(result.success).toBe(false);
    if (result.success) return;
    const errors = groupFieldErrors(issuesByPath(result.error, values));
    expect(Object.keys(errors).sort()).toEqual(['date', 'from', 'reference', 'title', 'to', 'workItems']);
    expect(errors.workItems).toMatch(/^“x+” must be at most 120 characters$/);
    expect(errors.to).toBe('must name at least one group');
  });

  it('drafts a reply: flipped, swapped, in reply to the original', () => {
    const draft = replyDraft({ reference: '3GPP-S2-1', fields: stored }, '2026-04-02', (p) =>
      p.endsWith('q20-13'),
    );
    expect(draft).toMatchObject({
      direction: 'OUTGOING',
      purpose: 'REPLY',
      from: 'itu-t/sg13/wp1-13/q20-13',
      to: ['3gpp/tsg-sa'],
      inReplyTo: '3GPP-S2-1',
      date: '2026-04-02',
      deadline: '',
      state: 'CLOSED',
      workItems: 'Y.3101\nTS 23.501',
    });
    expect(draft.title).toBe('Reply to 3GPP-S2-1: LS on IMT-2030');
    expect(replyDraft({ reference: 'R', fields: stored }, '2026-04-02', () => false).from).toBe('itu-t/sg13');
  });
});
