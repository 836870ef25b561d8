import { provideRouter } from '@angular/router';
import { provideMockStore } from '@ngrx/store/testing';
import type { WorkbenchCard } from '@portal/domain/contracts';
import { I18n } from '../../core/i18n/i18n';
import { renderComponent, type ComponentSpec } from '../../../testing/component-spec';
import { HomePage } from './home-page';

const session = {
  session: {
    status: 'signedIn',
    error: null,
    user: {
      id: 10,
      username: 'bj_gm',
      displayName: '郑伟',
      unitId: 10,
      unitName: '北京分部',
      unitNameEn: 'Beijing Branch',
      roles: [{ role: 'branch_gm', unitId: 10, unitName: '北京分部', unitNameEn: 'Beijing Branch' }],
    },
  },
};

const todo = (id: string, title: string, count: number): WorkbenchCard => ({
  id,
  title,
  hint: '',
  count,
  total: null,
  link: { path: '/approvals', query: {} },
  chart: null,
});

describe('HomePage (工作台)', () => {
  let spec: ComponentSpec<HomePage>;
  const el = () => spec.fixture.nativeElement as HTMLElement;
  const card = (id: string) => el().querySelector(`app-workbench-card[data-card="${id}"]`) as HTMLElement;
  const settle = async () => {
    spec.fixture.detectChanges();
    await spec.fixture.whenStable();
  };

  beforeEach(async () => {
    spec = await renderComponent(HomePage, { providers: [provideRouter([]), provideMockStore({ initialState: session })] });
  });
  afterEach(() => spec.http.verify());

  it('names the role and its unit in the app language', async () => {
    spec.http.expectOne('/api/workbench').flush({ cards: [] });
    await settle();
    const role = () => el().querySelector('[data-testid="home-role"]')?.textContent?.trim();
    expect(role()).toBe('分部总经理 · 北京分部');
    spec.fixture.debugElement.injector.get(I18n).lang.set('en');
    await settle();
    expect(role()).toBe('Branch GM · Beijing Branch');
  });

  it('shows skeletons until it knows the cards, then one skeleton per card until each answers', async () => {
    expect(el().querySelectorAll('[data-testid="card-skeleton"]').length).toBe(3);
    spec.http.expectOne('/api/workbench').flush({ cards: ['approvals.waiting', 'ad-quotes.sent'] });
    await settle();
    expect(card('approvals.waiting').querySelector('[data-testid="card-skeleton"]')).not.toBeNull();
    expect(card('ad-quotes.sent').querySelector('[data-testid="card-skeleton"]')).not.toBeNull();
    spec.http.expectOne('/api/workbench/cards/approvals.waiting').flush(todo('approvals.waiting', '待我审批', 2));
    await settle();
    // One card answered; the other is still loading and holds nothing up.
    expect(card('approvals.waiting').querySelector('[data-testid="card-count"]')?.textContent?.trim()).toBe('2');
    expect(card('ad-quotes.sent').querySelector('[data-testid="card-skeleton"]')).not.toBeNull();
    spec.http.expectOne('/api/workbench/cards/ad-quotes.sent').flush(todo('ad-quotes.sent', '等待客户确认的报价单', 1));
    await settle();
    expect(card('ad-quotes.sent').textContent).toContain('等待客户确认的报价单');
  });

  it('keeps the other cards when one fails, and retries only the failed one', async () => {
    spec.http.expectOne('/api/workbench').flush({ cards: ['approvals.waiting', 'prices.collection', 'ad-quotes.sent'] });
    await settle();
    spec.http.expectOne('/api/workbench/cards/prices.collection').flush({ title: '服务器错误' }, { status: 500, statusText: 'Server Error' });
    spec.http.expectOne('/api/workbench/cards/approvals.waiting').flush(todo('approvals.waiting', '待我审批', 1));
    spec.http.expectOne('/api/workbench/cards/ad-quotes.sent').flush(todo('ad-quotes.sent', '等待客户确认的报价单', 3));
    await settle();
    expect(card('approvals.waiting').querySelector('[data-testid="card-count"]')?.textContent?.trim()).toBe('1');
    expect(card('ad-quotes.sent').querySelector('[data-testid="card-count"]')?.textContent?.trim()).toBe('3');
    const failed = card('prices.collection');
    expect(failed.querySelector('[role="alert"]')?.textContent).toContain('加载失败');
    expect(spec.notify.error).not.toHaveBeenCalled();

    (failed.querySelector('[data-testid="card-retry"]') as HTMLButtonElement).click();
    await settle();
    expect(failed.querySelector('[data-testid="card-skeleton"]')).not.toBeNull();
    spec.http.expectOne('/api/workbench/cards/prices.collection').flush({ ...todo('prices.collection', '本月价格采集进度', 30), total: 45 });
    await settle();
    expect(failed.textContent).toContain('共 45 项');
    expect(failed.querySelector('mat-progress-bar')).not.toBeNull();
  });

  it('offers a retry when the list of cards itself fails', async () => {
    spec.http.expectOne('/api/workbench').flush({}, { status: 503, statusText: 'Unavailable' });
    await settle();
    (el().querySelector('[data-testid="cards-retry"]') as HTMLButtonElement).click();
    await settle();
    spec.http.expectOne('/api/workbench').flush({ cards: [] });
    await settle();
    expect(el().textContent).toContain('您的角色暂无待办卡片');
  });

  it('reloads the cards in English when the language is switched, and never points to a menu "on the left"', async () => {
    spec.http.expectOne('/api/workbench').flush({ cards: ['approvals.waiting'] });
    await settle();
    spec.http.expectOne('/api/workbench/cards/approvals.waiting').flush(todo('approvals.waiting', '待我审批', 0));
    await settle();
    expect(el().textContent).not.toContain('左侧');
    spec.fixture.debugElement.injector.get(I18n).lang.set('en');
    await settle();
    spec.http.expectOne('/api/workbench/cards/approvals.waiting').flush(todo('approvals.waiting', 'Waiting for my approval', 0));
    await settle();
    expect(card('approvals.waiting').textContent).toContain('Waiting for my approval');
    expect(el().textContent).not.toMatch(/on the left/);
  });
});

describe('HomePage for a supplier contact (issue 15)', () => {
  const contact = {
    session: {
      status: 'signedIn',
      error: null,
      user: {
        id: 40,
        username: 'sup_lighting',
        displayName: '林慧敏',
        unitId: 3,
        unitName: '供应处',
        unitNameEn: 'Supply Dept',
        supplierId: 7,
        roles: [{ role: 'supplier_contact', unitId: 3, unitName: '供应处', unitNameEn: 'Supply Dept' }],
      },
    },
  };

  it('shows the cards the API gives it, and not the unit that invited it as if it were its own', async () => {
    const spec = await renderComponent(HomePage, { providers: [provideRouter([]), provideMockStore({ initialState: contact })] });
    const el = spec.fixture.nativeElement as HTMLElement;
    spec.http.expectOne('/api/workbench').flush({ cards: ['inquiries.to-quote'] });
    spec.fixture.detectChanges();
    await spec.fixture.whenStable();
    spec.http.expectOne('/api/workbench/cards/inquiries.to-quote').flush(todo('inquiries.to-quote', '待报价的询价单', 1));
    spec.fixture.detectChanges();
    await spec.fixture.whenStable();
    expect(el.querySelector('app-workbench-card[data-card="inquiries.to-quote"]')?.textContent).toContain('待报价的询价单');
    expect(el.querySelector('[data-testid="home-role"]')).toBeNull();
    spec.http.verify();
  });
});
