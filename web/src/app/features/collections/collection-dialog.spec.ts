import type { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import type { MatDialogRef } from '@angular/material/dialog';
import { formDriver, renderDialog } from '../../../testing/component-spec';
import { CollectionDialog } from './collection-dialog';

const UNITS = [
  { id: 1, code: 'HQ', nameZh: '总部', nameEn: 'Head office', kind: 'hq', parentId: null, active: true, version: 1 },
  { id: 20, code: 'BJ', nameZh: '北京分部', nameEn: 'Beijing Branch', kind: 'branch', parentId: 1, active: true, version: 1 },
  { id: 8, code: 'HR', nameZh: '人力资源部', nameEn: 'Human Resources', kind: 'department', parentId: 1, active: true, version: 1 },
];
const CUSTOMERS = [{ id: 5, name: '美的集团', contact: '', phone: '', address: '', uscc: null, active: true, version: 1 }];
const OPEN = {
  items: [
    { id: 11, agreementId: 3, agreementNumber: '协-HQ-202610-0001', unitId: 1, seq: 1, dueOn: '2026-10-15', method: 'bank_transfer', amountFen: 300_00, collectedFen: 0, owedFen: 300_00 },
    { id: 12, agreementId: 3, agreementNumber: '协-HQ-202610-0001', unitId: 1, seq: 2, dueOn: '2026-11-15', method: 'bank_transfer', amountFen: 500_00, collectedFen: 0, owedFen: 500_00 },
  ],
  advanceFen: 0,
};

describe('CollectionDialog', () => {
  let fixture: ComponentFixture<CollectionDialog>;
  let http: HttpTestingController;
  let ref: jasmine.SpyObj<MatDialogRef<CollectionDialog>>;
  const drive = formDriver(() => fixture);
  const { el } = drive;

  async function pick(testid: string, label: string) {
    await fixture.whenStable();
    el().querySelector<HTMLElement>(`[data-testid="${testid}"] .mat-mdc-select-trigger`)!.click();
    await fixture.whenStable();
    Array.from(document.querySelectorAll<HTMLElement>('mat-option')).find((o) => o.textContent!.trim() === label)!.click();
    await fixture.whenStable();
  }

  beforeEach(async () => {
    ({ fixture, http, ref } = await renderDialog(CollectionDialog, null));
    http.expectOne((r) => r.url === '/api/customers').flush({ items: CUSTOMERS, total: 1 });
    http.expectOne('/api/units').flush({ items: UNITS, total: UNITS.length });
    await fixture.whenStable();
  });
  afterEach(() => http.verify());

  it('allocates oldest due first, shows the excess going to 预收账款, and posts with its key', async () => {
    await pick('collection-customer', '美的集团');
    // No unit yet: the customer's open instalments suggest the unit of the oldest.
    http.expectOne((r) => r.url === '/api/collections/open-instalments' && !r.params.has('unitId')).flush(OPEN);
    http.expectOne((r) => r.url === '/api/collections/open-instalments' && r.params.get('unitId') === '1').flush(OPEN);
    await fixture.whenStable();
    drive.type('collection-amount', '1,000.00');
    await fixture.whenStable();
    const allocated = Array.from(el().querySelectorAll('[data-testid="allocated"]')).map((e) => e.textContent!.trim());
    expect(allocated).toEqual(['¥300.00', '¥500.00']);
    expect(el().querySelector('[data-testid="collection-advance"]')!.textContent).toContain('¥200.00');
    await drive.click('collection-save');
    const req = http.expectOne('/api/collections');
    expect(req.request.headers.get('Idempotency-Key')).toBeTruthy();
    expect(req.request.body).toEqual(jasmine.objectContaining({ customerId: 5, unitId: 1, amountFen: 1_000_00, method: 'bank_transfer' }));
    expect(req.request.body.allocations).toBeUndefined();
    req.flush({ id: 1, number: '收-2026-11-0001' });
    expect(ref.close).toHaveBeenCalled();
  });

  it('offers only head office and the branches as receiving units', async () => {
    el().querySelector<HTMLElement>('[data-testid="collection-unit"] .mat-mdc-select-trigger')!.click();
    await fixture.whenStable();
    expect(Array.from(document.querySelectorAll('mat-option')).map((o) => o.textContent!.trim())).toEqual(['总部', '北京分部']);
  });
});
