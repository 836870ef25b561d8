import type { ImportPreview, ImportResult, RowError } from '../prices.api';

/**
 * Where an import stands. The file goes up twice: once to be checked (nothing
 * stored), once to be committed (all rows or none), so the preview the clerk
 * read is exactly what the server validates again inside its transaction.
 */
export type ImportPhase = 'idle' | 'uploading' | 'checking' | 'previewed' | 'committing' | 'imported' | 'failed';

export interface ImportState {
  phase: ImportPhase;
  fileName: string | null;
  /** Upload progress of the current request, 0–100. */
  percent: number;
  preview: ImportPreview | null;
  result: ImportResult | null;
  /** The row errors to show: the preview's, or the commit's if the data changed in between. */
  errors: RowError[];
  errorCount: number;
  /** A whole-file problem (unreadable, empty, too many rows, network), already in the user's language. */
  problem: string | null;
}

export type ImportEvent =
  | { type: 'fileChosen'; fileName: string }
  | { type: 'progress'; percent: number }
  | { type: 'previewed'; preview: ImportPreview }
  | { type: 'commitStarted' }
  | { type: 'committed'; result: ImportResult }
  | { type: 'rejected'; errors: RowError[]; errorCount: number }
  | { type: 'failed'; problem: string }
  | { type: 'reset' };

export const INITIAL_IMPORT: ImportState = { phase: 'idle', fileName: null, percent: 0, preview: null, result: null, errors: [], errorCount: 0, problem: null };

export function importReducer(s: ImportState, e: ImportEvent): ImportState {
  switch (e.type) {
    case 'fileChosen':
      return { ...INITIAL_IMPORT, phase: 'uploading', fileName: e.fileName };
    case 'progress':
      if (s.phase === 'uploading') return { ...s, percent: e.percent, phase: e.percent >= 100 ? 'checking' : 'uploading' };
      if (s.phase === 'committing') return { ...s, percent: e.percent };
      return s;
    case 'previewed':
      if (s.phase !== 'uploading' && s.phase !== 'checking') return s;
      return { ...s, phase: 'previewed', percent: 100, preview: e.preview, errors: e.preview.errors, errorCount: e.preview.errorCount };
    case 'commitStarted':
      return canCommit(s) ? { ...s, phase: 'committing', percent: 0 } : s;
    case 'committed':
      return s.phase === 'committing' ? { ...s, phase: 'imported', percent: 100, result: e.result } : s;
    case 'rejected':
      // The file changed meaning between preview and commit (someone recorded the same price meanwhile).
      return { ...s, phase: 'previewed', errors: e.errors, errorCount: e.errorCount, preview: s.preview ? { ...s.preview, errorCount: e.errorCount, errors: e.errors } : s.preview };
    case 'failed':
      return { ...s, phase: 'failed', problem: e.problem };
    case 'reset':
      return INITIAL_IMPORT;
  }
}

/** Commit only a checked file with rows and no errors: all or nothing. */
export function canCommit(s: ImportState): boolean {
  return s.phase === 'previewed' && s.preview !== null && s.errorCount === 0 && s.preview.valid > 0;
}

/** A request is in flight: no second file, no second commit. */
export function importBusy(s: ImportState): boolean {
  return s.phase === 'uploading' || s.phase === 'checking' || s.phase === 'committing';
}
