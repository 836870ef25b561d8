import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AdQuotesApi, attachmentFilename } from './ad-quotes.api';

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

describe('AdQuotesApi', () => {
  let api: AdQuotesApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(AdQuotesApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('asks for one page of quotes with the filters set, and none of those left empty', () => {
    api.list({ q: ' 美的 ', status: 'pending_approval', unitId: null, sort: '-netFen', page: 2, pageSize: 20 }).subscribe();
    const req = http.expectOne((r) => r.url === '/api/ad-quotes');
    expect(req.request.params.toString()).toBe('q=%E7%BE%8E%E7%9A%84&status=pending_approval&sort=-netFen&page=2&pageSize=20');
    req.flush({ items: [], total: 0 });
  });

  it('sends the version it read with every action and edit', () => {
    api.act(5, 'submit', 3).subscribe();
    const submit = http.expectOne('/api/ad-quotes/5/submit');
    expect(submit.request.method).toBe('POST');
    expect(submit.request.body).toEqual({ version: 3 });
    submit.flush({});

    const input = { unitId: 10, customerId: 2, validUntil: '2026-12-31', bundleShareBp: 10000, lines: [] };
    api.update(5, 4, input).subscribe();
    const put = http.expectOne('/api/ad-quotes/5');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ version: 4, ...input });
    put.flush({});
  });

  it('downloads a file under the name the server gave it', (done) => {
    api.download(5, 'pdf', 'fallback.pdf').subscribe((file) => {
      expect(file.filename).toBe('报价单.pdf');
      expect(file.blob.size).toBe(4);
      done();
    });
    const req = http.expectOne('/api/ad-quotes/5/pdf');
    expect(req.request.responseType).toBe('blob');
    req.flush(new Blob(['%PDF']), { headers: { 'Content-Disposition': `attachment; filename*=UTF-8''%E6%8A%A5%E4%BB%B7%E5%8D%95.pdf` } });
  });
});
