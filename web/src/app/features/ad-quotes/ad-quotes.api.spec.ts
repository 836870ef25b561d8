import type { HttpTestingController } from '@angular/common/http/testing';
import { fakeBackend } from '../../../testing/http-spec';
import { AdQuotesApi } from './ad-quotes.api';

describe('AdQuotesApi', () => {
  let api: AdQuotesApi;
  let http: HttpTestingController;

  beforeEach(() => ({ api, http } = fakeBackend(AdQuotesApi)));

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
