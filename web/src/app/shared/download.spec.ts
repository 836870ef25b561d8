import { HttpClient } from '@angular/common/http';
import type { HttpTestingController } from '@angular/common/http/testing';
import { fakeBackend } from '../../testing/http-spec';
import { toProblem } from '../core/http/problem';
import { downloadFile, filenameFrom, filenameFrom as attachmentFilename, type DownloadState } from './download';

describe('download file names', () => {
  it('prefers the RFC 5987 UTF-8 name, which carries the Chinese title', () => {
    const header = `attachment; filename="rate-card-2026-12-r1.pdf"; filename*=UTF-8''%E5%B9%BF%E5%91%8A%E6%8A%A5%E4%BB%B7%E8%A1%A8-2026-12-r1.pdf`;
    expect(filenameFrom(header, 'x.pdf')).toBe('广告报价表-2026-12-r1.pdf');
  });

  it('falls back to the plain name, quoted or not, then to ours', () => {
    expect(filenameFrom('attachment; filename="card r2.xlsx"', 'x')).toBe('card r2.xlsx');
    expect(filenameFrom('attachment; filename=card.xlsx', 'x')).toBe('card.xlsx');
    expect(filenameFrom('attachment', 'rate-card-7.pdf')).toBe('rate-card-7.pdf');
    expect(filenameFrom(null, 'rate-card-7.pdf')).toBe('rate-card-7.pdf');
  });

  it('reads the price export’s unquoted UTF-8 name and a quoted name with escapes', () => {
    expect(filenameFrom(`attachment; filename*=UTF-8''%E4%BB%B7%E6%A0%BC-2026-11.xlsx`, 'prices-.xlsx')).toBe('价格-2026-11.xlsx');
    expect(filenameFrom('attachment; filename="a \\"b\\".csv"', 'x')).toBe('a "b".csv');
  });
});

// Moved from ad-quotes.api.spec.ts when the quote download took this parser.
describe('attachmentFilename', () => {
  it('prefers the RFC 5987 UTF-8 name, so Chinese file names survive', () => {
    const header = `attachment; filename="BJ-202612-0001.pdf"; filename*=UTF-8''%E5%B9%BF%E5%91%8A%E6%8A%A5%E4%BB%B7%E5%8D%95-BJ-202612-0001.pdf`;
    expect(attachmentFilename(header, 'x.pdf')).toBe('广告报价单-BJ-202612-0001.pdf');
  });

  it('falls back to the plain name, then to the caller’s', () => {
    expect(attachmentFilename('attachment; filename="q.xlsx"', 'x.xlsx')).toBe('q.xlsx');
    expect(attachmentFilename('attachment; filename=q.xlsx', 'x.xlsx')).toBe('q.xlsx');
    expect(attachmentFilename(null, 'x.xlsx')).toBe('x.xlsx');
    expect(attachmentFilename('attachment', 'x.xlsx')).toBe('x.xlsx');
  });
});

describe('downloadFile', () => {
  let http: HttpTestingController;
  let client: HttpClient;

  beforeEach(() => ({ api: client, http } = fakeBackend(HttpClient)));
  afterEach(() => http.verify());

  it('saves the body under the server’s name and reports it', () => {
    const saved: { name: string; size: number }[] = [];
    const states: DownloadState[] = [];
    downloadFile(client, '/api/ad-rate-cards/3/pdf', 'fallback.pdf', (b, name) => saved.push({ name, size: b.size })).subscribe((s) =>
      states.push(s),
    );
    http.expectOne('/api/ad-rate-cards/3/pdf').flush(new Blob(['%PDF-1.7']), {
      headers: { 'Content-Disposition': `attachment; filename*=UTF-8''%E5%B9%BF%E5%91%8A.pdf` },
    });
    expect(saved).toEqual([{ name: '广告.pdf', size: 8 }]);
    expect(states.at(-1)).toEqual({ kind: 'done', filename: '广告.pdf', size: 8 });
  });

  it('turns a refusal sent as a Blob back into the server’s problem', async () => {
    const problem = new Promise<unknown>((resolve) =>
      downloadFile(client, '/api/ad-rate-cards/3/xlsx', 'x.xlsx', () => fail('nothing to save')).subscribe({ error: resolve }),
    );
    http
      .expectOne('/api/ad-rate-cards/3/xlsx')
      .flush(new Blob([JSON.stringify({ status: 404, detail: '报价表不存在' })], { type: 'application/problem+json' }), {
        status: 404,
        statusText: 'Not Found',
      });
    expect(toProblem(await problem)).toEqual(jasmine.objectContaining({ status: 404, detail: '报价表不存在' }));
  });
});
