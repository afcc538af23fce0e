import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Tx } from '../audit';

// Edition rows as PostgreSQL stores them, read in one statement together with their row version
// (`xmin`) and their seal, so that what is verified is exactly what is then served (decision 011).
// Unverified: lib/server/queries/editions.ts verifies before anything leaves the server.

export type Client = Pick<Tx, '$queryRaw'>;

export interface EditionRow {
  id: number;
  /** The row version (xmin): a verification result is kept only together with it. */
  rowVersion: string;
  year: number;
  revision: number;
  status: 'DRAFT' | 'PUBLISHED';
  supplementNumber: number | null;
  scope: unknown;
  snapshotAt: Date;
  itemCount: number;
  contentHash: string;
  publishedAt: Date | null;
  publishedByName: string | null;
  createdByName: string;
  version: number;
  supersedesYear: number | null;
  supersedesRevision: number | null;
  supersededByYear: number | null;
  supersededByRevision: number | null;
  seal: { year: number; revision: number; snapshotSha256: string; keyId: string; hmac: string } | null;
  /** Only when asked for. */
  snapshot?: unknown;
}

type RawRow = Omit<EditionRow, 'seal'> & {
  sealYear: number | null;
  sealRevision: number | null;
  sealSnapshotSha256: string | null;
  sealKeyId: string | null;
  sealHmac: string | null;
};

/** Edition rows matching `where` (SQL over the alias `e`), in `orderBy` order. */
export async function selectEditionRows(
  client: Client,
  {
    where,
    orderBy = Prisma.sql`e.year DESC, e.revision DESC`,
    limit,
    snapshot = false,
  }: { where: Prisma.Sql; orderBy?: Prisma.Sql; limit?: number; snapshot?: boolean },
): Promise<EditionRow[]> {
  const rows = await client.$queryRaw<RawRow[]>`
    SELECT e.id, e.xmin::text AS "rowVersion", e.year, e.revision, e.status::text AS status,
      e.supplement_number AS "supplementNumber", e.scope, e.snapshot_at AS "snapshotAt",
      e.item_count AS "itemCount", e.content_hash AS "contentHash", e.published_at AS "publishedAt",
      e.published_by_name AS "publishedByName", e.created_by_name AS "createdByName", e.version,
      sup.year AS "supersedesYear", sup.revision AS "supersedesRevision",
      sby.year AS "supersededByYear", sby.revision AS "supersededByRevision",
      s.year AS "sealYear", s.revision AS "sealRevision", s.snapshot_sha256 AS "sealSnapshotSha256",
      s.key_id AS "sealKeyId", s.hmac AS "sealHmac"
      ${snapshot ? Prisma.sql`, e.snapshot` : Prisma.empty}
    FROM edition e
    LEFT JOIN edition sup ON sup.id = e.supersedes_id
    LEFT JOIN edition sby ON sby.supersedes_id = e.id
    LEFT JOIN edition_seal s ON s.edition_id = e.id
    WHERE ${where}
    ORDER BY ${orderBy}
    ${limit === undefined ? Prisma.empty : Prisma.sql`LIMIT ${limit}`}`;
  return rows.map(({ sealYear, sealRevision, sealSnapshotSha256, sealKeyId, sealHmac, ...row }) => ({
    ...row,
    seal:
      sealHmac === null || sealKeyId === null || sealSnapshotSha256 === null
        ? null
        : {
            year: sealYear ?? -1,
            revision: sealRevision ?? -1,
            snapshotSha256: sealSnapshotSha256,
            keyId: sealKeyId,
            hmac: sealHmac,
          },
  }));
}
