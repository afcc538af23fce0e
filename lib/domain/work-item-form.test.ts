import { describe, expect, it } from 'vitest';
import { createWorkItemSchema, updateWorkItemSchema } from './schemas/work-item';
import { readWorkItemForm, toFormFieldErrors, workItemInput, zodFieldErrors } from './work-item-form';

const posted = (pairs: [string, string][]) => {
  const data = new URLSearchParams();
  for (const [k, v] of pairs) data.append(k, v);
  return data.entries();
};

describe('work item form', () => {
  it('builds the schema input from posted fields: topics, rows, blank rows dropped', () => {
    const values = readWorkItemForm(
      posted([
        ['$ACTION_ID_abc', ''],
        ['workingName', 'Y.IMT2030-x'],
        ['number', ''],
        ['title', 'Arch'],
        ['kind', 'ITU_RECOMMENDATION'],
        ['generation', 'IMT2030'],
        ['group', 'itu-t/sg13'],
        ['process', 'AAP'],
        ['status', 'UNDER_STUDY'],
        ['topics', 'ai'],
        ['topics', 'slicing'],
        ['editors.0.name', ''],
        ['editors.0.role', 'EDITOR'],
        ['editors.1.name', 'Ann'],
        ['editors.1.email', 'ANN@example.org'],
        ['editors.1.role', 'CO_EDITOR'],
        ['relations.0.type', 'BASED_ON'],
        ['relations.0.identifier', 'Y.3101'],
        ['unknown', 'x'],
      ]),
      'create',
    );
    const { input, rowIndex } = workItemInput(values, 'create');
    expect(input).toMatchObject({
      workingName: 'Y.IMT2030-x',
      topics: ['ai', 'slicing'],
      editors: [{ name: 'Ann', affiliation: '', email: 'ANN@example.org', role: 'CO_EDITOR' }],
      relations: [{ type: 'BASED_ON', identifier: 'Y.3101', note: '' }],
    });
    expect(input).not.toHaveProperty('unknown');
    expect(rowIndex).toEqual({ editors: [1], relations: [0] });
    const parsed = createWorkItemSchema.safeParse(input);
    expect(parsed.success).toBe(true);
  });

  it('maps errors of list entries back to the posted rows', () => {
    const values = readWorkItemForm(
      posted([
        ['version', '3'],
        ['title', 'T'],
        ['workingName', 'Y.x'],
        ['editors.0.name', ''],
        ['editors.1.name', ''],
        ['editors.2.name', 'Bob'],
        ['editors.2.email', 'not-an-address'],
      ]),
      'update',
    );
    const { input, rowIndex } = workItemInput(values, 'update');
    expect(input.version).toBe(3);
    const parsed = updateWorkItemSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    const errors = toFormFieldErrors(zodFieldErrors(parsed.error!), rowIndex);
    expect(errors['editors.2.email']).toMatch(/e-mail/);
    expect(
      toFormFieldErrors({ 'relations.0.identifier': 'unknown' }, { editors: [], relations: [4] }),
    ).toEqual({
      'relations.4.identifier': 'unknown',
    });
  });

  it('ignores process and status when editing (they have their own form)', () => {
    const values = readWorkItemForm(
      posted([
        ['process', 'IETF'],
        ['status', 'RFC'],
        ['version', '1'],
      ]),
      'update',
    );
    expect(values.text).toEqual({ version: '1' });
  });
});
