import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Notify } from '../../core/notify';
import { OrderPage } from './order-page';
import type { PurchaseOrder } from './purchase-orders.api';

type Delivery = PurchaseOrder['deliveries'][number];

const delivery = (d: Partial<Delivery>): Delivery => ({
  id: 31,
  number: 'GR-SUPPLY-202611-0001',
  receivedOn: '2026-11-20',
  receiver: '仓库 李明',
  note: '',
  recordedBy: { id: 5, name: '王磊' },
  lines: [{ orderLineId: 11, received: 5, accepted: 5, rejected: 0, rejectionReason: null }],
  review: 'awaiting',
  reviewedBy: null,
  reviewedAt: null,
  canReview: false,
  ...d,
});

/** A signed e-contract's order: no plan, no platform, a free-text line. */
const contractOrder = (deliveries: Delivery[]): PurchaseOrder => ({
  id: 7,
  number: 'PO-SUPPLY-202611-0003',
  unit: { id: 3, code: 'SUPPLY', name: '供应处' },
  source: 'contract',
  contract: { id: 4, number: 'HT-SUPPLY-202611-0001' },
  plan: null,
  platform: null,
  platformName: null,
  shop: '',
  supplier: { id: 9, shopName: '深圳市恒通五金机电有限公司' },
  platformOrderNo: 'HT-SUPPLY-202611-0001',
  orderedOn: '2026-11-18',
  goodsFen: 100_000,
  freightFen: 0,
  discountFen: 0,
  totalFen: 100_000,
  status: 'open',
  aboveLowestLines: 0,
  vcStatus: null,
  createdBy: null,
  note: '开关插座采购',
  version: 1,
  lines: [
    {
      id: 11,
      lineNo: 1,
      planLineId: null,
      item: null,
      description: 'LED 面板灯',
      spec: '600×600 40W',
      uom: '个',
      quantity: 5,
      unitPriceFen: 20_000,
      amountFen: 100_000,
      lowestPriceFen: null,
      priceReason: null,
      received: 5,
      accepted: 5,
      rejected: 0,
    },
  ],
  vc: null,
  deliveries,
  returns: [],
  match: { orderId: 7, orderedFen: 100_000, acceptedFen: 100_000, refundFen: 0, invoicedFen: 0, paidFen: 0, dueFen: 100_000, status: 'awaiting_invoice', mismatches: [], partial: false },
  editable: false,
  cancellation: null,
});

describe('OrderPage: a contract order’s delivery review (审核)', () => {
  let fixture: ComponentFixture<OrderPage>;
  let http: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;
  const q = (testid: string) => el().querySelector(`[data-testid="${testid}"]`);

  async function open(order: PurchaseOrder): Promise<void> {
    fixture = TestBed.createComponent(OrderPage);
    fixture.componentRef.setInput('id', String(order.id));
    await fixture.whenStable();
    http.expectOne(`/api/purchase-orders/${order.id}`).flush(order);
    await fixture.whenStable();
  }

  beforeEach(() => {
    localStorage.removeItem('portal.lang');
    TestBed.configureTestingModule({
      imports: [OrderPage],
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: Notify, useValue: jasmine.createSpyObj<Notify>('Notify', ['error', 'ok']) },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('shows the head a 审核 button on a delivery awaiting review, and posts the review', async () => {
    await open(contractOrder([delivery({ canReview: true })]));
    expect(q('delivery-review-state')?.textContent?.trim()).toBe('待审核');
    const button = q('delivery-review') as HTMLButtonElement;
    expect(button).not.toBeNull();
    button.click();
    const req = http.expectOne('/api/purchase-orders/7/deliveries/31/review');
    expect(req.request.method).toBe('POST');
    req.flush(contractOrder([delivery({ review: 'reviewed', reviewedBy: { id: 6, name: '赵敏' }, reviewedAt: '2026-11-21T02:00:00Z' })]));
    await fixture.whenStable();
    expect(q('delivery-review')).toBeNull();
    expect(q('delivery-review-state')?.textContent?.trim()).toBe('已审核');
    expect(q('delivery-review-GR-SUPPLY-202611-0001')?.textContent).toContain('赵敏');
  });

  it('shows no button where the API says the viewer may not review (the recorder, a reader)', async () => {
    await open(contractOrder([delivery({ canReview: false })]));
    expect(q('delivery-review-state')?.textContent?.trim()).toBe('待审核');
    expect(q('delivery-review')).toBeNull();
  });

  it('links the order to its e-contract instead of a platform and virtual contract', async () => {
    await open(contractOrder([]));
    expect(q('order-contract-link')?.getAttribute('href')).toBe('/e-contracts/4');
    expect(q('order-vc')).toBeNull();
    expect(q('order-source-pill')?.textContent?.trim()).toBe('合同采购');
    expect(q('order-cancel')).toBeNull();
  });

  it('shows no review state on a mall order’s delivery', async () => {
    const mall: PurchaseOrder = {
      ...contractOrder([delivery({ review: 'none' })]),
      source: 'mall',
      contract: null,
      plan: { id: 2, number: 'CG-2026-11', month: '2026-11' },
      platform: 'jd',
      platformOrderNo: 'JD2611001',
    };
    await open(mall);
    expect(q('delivery-review-state')).toBeNull();
    expect(q('order-vc')).not.toBeNull();
  });
});
