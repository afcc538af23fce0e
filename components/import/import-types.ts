// The answer of POST /api/import as the import page reads it (see lib/server/commands/import-work-items.ts).

export interface ImportProblem {
  line: number;
  column: string;
  message: string;
}

export interface ImportPreview {
  dryRun: boolean;
  create: { line: number; identifier: string; fields: Record<string, unknown> }[];
  update: {
    line: number;
    identifier: string;
    version: number;
    changes: Record<string, { before: unknown; after: unknown }>;
  }[];
  unchanged: number;
  errors: ImportProblem[];
  /** A dry run without errors: what the apply sends back, so that it writes exactly this preview. */
  previewToken?: string | null;
}

/** A line whose item changed in the roadmap since the preview (an apply answered 409). */
export interface ImportConflict {
  line: number;
  identifier: string;
}

export interface ImportAnswer {
  preview?: ImportPreview;
  /** A refusal of the request itself (not signed in, no permission, unreadable file). */
  error?: string;
  conflicts?: ImportConflict[];
}
