import type { HttpTestingController } from '@angular/common/http/testing';
import { fakeBackend } from '../../../testing/http-spec';
import { JournalApi } from './journal.api';

describe('JournalApi', () => {
  let api: JournalApi;
  let http: HttpTestingController;

  beforeEach(() => ({ api, http } = fakeBackend(JournalApi)));

  afterEach(() => http.verify());

  it('asks for one page of entries with the filters set, and none of those left empty', () => {
    api.list({ q: ' 记-2026 ', period: '2026-11-01', account: '6051', unit: null, customer: null, kind: 'manual', page: 1, pageSize: 20 }).subscribe();
    const req = http.expectOne((r) => r.url === '/api/journal');
    expect(req.request.params.toString()).toBe('q=%E8%AE%B0-2026&period=2026-11-01&account=6051&kind=manual&page=1&pageSize=20');
    req.flush({ items: [], total: 0 });
  });

  it('posts an entry and a reversal with the Idempotency-Key the form drew', () => {
    const entry = { entryDate: '2026-11-02', memo: '调整', reason: '补录', lines: [{ accountCode: '1002', debitFen: 100 }, { accountCode: '1122', creditFen: 100 }] };
    api.post(entry, 'key-1').subscribe();
    const post = http.expectOne('/api/journal');
    expect(post.request.method).toBe('POST');
    expect(post.request.headers.get('Idempotency-Key')).toBe('key-1');
    expect(post.request.body).toEqual(entry);
    post.flush({});

    api.reverse(7, '录错', 'key-2').subscribe();
    const reverse = http.expectOne('/api/journal/7/reverse');
    expect(reverse.request.headers.get('Idempotency-Key')).toBe('key-2');
    expect(reverse.request.body).toEqual({ reason: '录错' });
    reverse.flush({});
  });

  it('moves a period by its month, sending the reason only when there is one', () => {
    api.movePeriod('2026-10-01', 'reopen', '补记').subscribe();
    const reopen = http.expectOne('/api/periods/2026-10/reopen');
    expect(reopen.request.body).toEqual({ reason: '补记' });
    reopen.flush({});
    api.movePeriod('2026-10-01', 'close').subscribe();
    const close = http.expectOne('/api/periods/2026-10/close');
    expect(close.request.body).toEqual({});
    close.flush({});
  });
});
