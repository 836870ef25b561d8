import { ChangeDetectionStrategy, Component, provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { FormControl } from '@angular/forms';
import { ListFrame, type ListView } from './list-frame';

@Component({
  imports: [ListFrame],
  template: `
    <app-list-frame [list]="list" [text]="text" testIds="x" [search]="q" emptyId="x-empty" [readOnly]="readOnly()">
      <button listActions data-testid="x-create">新建</button>
      <table data-testid="x-table"></table>
    </app-list-frame>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly text = { title: { zh: '客户', en: 'Customers' }, total: { zh: '共 {total} 个', en: '{total}' }, searchLabel: { zh: '搜索', en: 'Search' }, readOnly: { zh: '只读', en: 'Read only' } };
  readonly readOnly = signal(false);
  readonly rows = signal<number[]>([]);
  readonly loading = signal(false);
  readonly failed = signal(false);
  readonly reloads = signal(0);
  readonly q = new FormControl('', { nonNullable: true });
  readonly list: ListView = {
    loading: this.loading,
    total: () => this.rows().length,
    pageIndex: () => 0,
    pageSize: () => 20,
    rows: this.rows,
    failed: this.failed,
    reload: () => this.reloads.update((n) => n + 1),
    onPage: () => undefined,
  };
}

describe('ListFrame', () => {
  let fixture: ComponentFixture<Host>;
  const el = () => fixture.nativeElement as HTMLElement;
  const q = (sel: string) => el().querySelector<HTMLElement>(sel);

  beforeEach(async () => {
    localStorage.removeItem('portal.lang');
    TestBed.configureTestingModule({ imports: [Host], providers: [provideZonelessChangeDetection()] });
    fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
  });

  it('frames the page: title, count, actions, search, the projected table and a paginator', () => {
    expect(q('h1')!.textContent).toBe('客户');
    expect(q('.count')!.textContent).toBe('共 0 个');
    expect(q('[data-testid="x-create"]')).not.toBeNull();
    expect(q('input[data-testid="x-search"]')).not.toBeNull();
    expect(q('.scroll [data-testid="x-table"]')).not.toBeNull();
    expect(q('mat-paginator[data-testid="x-paginator"]')).not.toBeNull();
  });

  it('says there is nothing yet when an answered list is empty, and nothing when it has rows', async () => {
    expect(q('[data-testid="x-empty"]')!.textContent).toBe('暂无数据');
    fixture.componentInstance.rows.set([1]);
    await fixture.whenStable();
    expect(q('.no-data')).toBeNull();
  });

  it('says it is loading, not empty, while the first page is on its way', async () => {
    fixture.componentInstance.loading.set(true);
    await fixture.whenStable();
    expect(q('mat-progress-bar')).not.toBeNull();
    expect(q('.no-data')!.textContent).toBe('加载中…');
    expect(q('[data-testid="x-empty"]')).toBeNull();
  });

  it('tells a failed load apart from an empty one', async () => {
    fixture.componentInstance.failed.set(true);
    await fixture.whenStable();
    expect(q('[data-testid="list-failed"]')!.textContent).toContain('列表加载失败');
    expect(q('[data-testid="x-empty"]')).toBeNull();
  });

  it('reloads on refresh and offers to clear a search, also when the page cleared it', async () => {
    q('[data-testid="x-refresh"]')!.click();
    expect(fixture.componentInstance.reloads()).toBe(1);
    expect(q('button[aria-label="清除搜索"]')).toBeNull();
    fixture.componentInstance.q.setValue('华');
    await fixture.whenStable();
    q('button[aria-label="清除搜索"]')!.click();
    await fixture.whenStable();
    expect(fixture.componentInstance.q.value).toBe('');
    expect(q('button[aria-label="清除搜索"]')).toBeNull();
  });

  it('shows the read-only badge to a reader who may not change the list', async () => {
    expect(q('[data-testid="x-read-only"]')).toBeNull();
    fixture.componentInstance.readOnly.set(true);
    await fixture.whenStable();
    expect(q('[data-testid="x-read-only"]')!.textContent).toContain('只读');
  });
});
