import 'server-only';
import type { LiaisonFields } from '@/lib/domain/schemas/liaison';
import { db } from '../db';
import { liaisonFieldsSelect, toLiaisonFields } from '../liaison-store';
import { loadReferenceData } from './reference-data';

// What the liaison form needs: a liaison's editable fields with its version, the groups to choose
// from (grouped by body) and the references a reply may point at.

export interface EditableLiaison {
  reference: string;
  version: number;
  fields: LiaisonFields;
}

export interface GroupChoice {
  path: string;
  /** "SG13", "Q20/13", "TSG SA". */
  code: string;
  name: string;
  depth: number;
}

export interface BodyGroups {
  body: string;
  groups: GroupChoice[];
}

/** A liaison as the edit form shows it, or null when no liaison has this reference. */
export async function getEditableLiaison(reference: string): Promise<EditableLiaison | null> {
  const row = await db().liaison.findUnique({ where: { reference }, select: liaisonFieldsSelect });
  if (!row) return null;
  const fields = toLiaisonFields(row);
  return {
    reference: row.reference,
    version: row.version,
    fields: {
      ...fields,
      to: fields.to.sort(),
      workItems: fields.workItems.sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
    },
  };
}

/** Every group, depth-first under its body, bodies in their usual order. */
export async function listGroupChoices(): Promise<BodyGroups[]> {
  const { bodies, groups } = await loadReferenceData();
  return bodies
    .map((body) => {
      const own = groups.filter((g) => g.bodyId === body.id);
      const out: GroupChoice[] = [];
      const walk = (parentId: number | null, depth: number) => {
        for (const g of own.filter((x) => x.parentId === parentId)) {
          out.push({ path: g.path, code: g.code, name: g.name, depth });
          walk(g.id, depth + 1);
        }
      };
      walk(null, 0);
      return { body: body.name, groups: out };
    })
    .filter((b) => b.groups.length > 0);
}

/** Liaison references, newest first, for the "in reply to" suggestions. */
export async function listLiaisonReferences(limit = 500): Promise<string[]> {
  const rows = await db().liaison.findMany({
    select: { reference: true },
    orderBy: [{ date: 'desc' }, { reference: 'asc' }],
    take: limit,
  });
  return rows.map((r) => r.reference);
}
