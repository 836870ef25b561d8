import type { ImportPreview } from '../prices.api';
import { canCommit, importBusy, importReducer, INITIAL_IMPORT, type ImportEvent, type ImportState } from './import-state';

const preview = (errors: { row: number; column: string; message: string }[], rows = 3): ImportPreview => ({
  format: 'csv',
  rows,
  valid: rows - new Set(errors.map((e) => e.row)).size,
  invalidRows: new Set(errors.map((e) => e.row)).size,
  errorCount: errors.length,
  errors,
  sample: [],
});

const run = (...events: ImportEvent[]): ImportState => events.reduce(importReducer, INITIAL_IMPORT);

describe('import preview state', () => {
  it('goes from uploading to checking once the file is up, then shows the preview', () => {
    let s = run({ type: 'fileChosen', fileName: 'prices.csv' }, { type: 'progress', percent: 40 });
    expect(s.phase).toBe('uploading');
    expect(s.percent).toBe(40);
    expect(importBusy(s)).toBeTrue();
    s = importReducer(s, { type: 'progress', percent: 100 });
    expect(s.phase).toBe('checking');
    s = importReducer(s, { type: 'previewed', preview: preview([]) });
    expect(s.phase).toBe('previewed');
    expect(importBusy(s)).toBeFalse();
    expect(canCommit(s)).toBeTrue();
  });

  it('keeps commit disabled while any row has an error, and lists them', () => {
    const errors = [
      { row: 3, column: '单价(元)', message: '“abc”不是有效单价' },
      { row: 5, column: '物资编码', message: '物资编码“XX-9”不存在' },
    ];
    const s = run({ type: 'fileChosen', fileName: 'p.csv' }, { type: 'previewed', preview: preview(errors, 4) });
    expect(s.errors).toEqual(errors);
    expect(s.errorCount).toBe(2);
    expect(canCommit(s)).toBeFalse();
    expect(importReducer(s, { type: 'commitStarted' })).toBe(s);
  });

  it('refuses to commit a file with no data rows', () => {
    expect(canCommit(run({ type: 'fileChosen', fileName: 'p.csv' }, { type: 'previewed', preview: preview([], 0) }))).toBeFalse();
  });

  it('commits a clean preview and records the result', () => {
    let s = run({ type: 'fileChosen', fileName: 'p.csv' }, { type: 'previewed', preview: preview([]) }, { type: 'commitStarted' });
    expect(s.phase).toBe('committing');
    expect(importBusy(s)).toBeTrue();
    s = importReducer(s, { type: 'progress', percent: 70 });
    expect(s.phase).toBe('committing');
    expect(s.percent).toBe(70);
    s = importReducer(s, { type: 'committed', result: { importId: 'x', imported: 3, format: 'csv' } });
    expect(s.phase).toBe('imported');
    expect(s.result?.imported).toBe(3);
  });

  it('shows the commit’s row errors when the server refuses it, and blocks another commit', () => {
    const s = run(
      { type: 'fileChosen', fileName: 'p.csv' },
      { type: 'previewed', preview: preview([]) },
      { type: 'commitStarted' },
      { type: 'rejected', errors: [{ row: 2, column: '日期', message: '已有报价' }], errorCount: 1 },
    );
    expect(s.phase).toBe('previewed');
    expect(s.errors.length).toBe(1);
    expect(canCommit(s)).toBeFalse();
  });

  it('a new file starts over; a late preview of an abandoned upload is ignored', () => {
    const failed = run({ type: 'fileChosen', fileName: 'a.csv' }, { type: 'failed', problem: '无法读取该文件' });
    expect(failed.problem).toBe('无法读取该文件');
    expect(importReducer(failed, { type: 'previewed', preview: preview([]) }).phase).toBe('failed');
    const again = importReducer(failed, { type: 'fileChosen', fileName: 'b.csv' });
    expect(again).toEqual({ ...INITIAL_IMPORT, phase: 'uploading', fileName: 'b.csv' });
  });
});
