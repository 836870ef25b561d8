import { Injector, provideZonelessChangeDetection, runInInjectionContext } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormBuilder } from '@angular/forms';
import { Subject, throwError, type Observable } from 'rxjs';
import { Notify } from '../core/notify';
import type { Page } from './list-query';
import { type Paging, serverList } from './server-list';

interface Filter {
  q: string;
  status: string | null;
}

describe('serverList', () => {
  let calls: { filter: Filter; paging: Paging; answer: Subject<Page<number>> }[];
  let notified: unknown[];

  function setUp() {
    calls = [];
    notified = [];
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), { provide: Notify, useValue: { error: (e: unknown) => notified.push(e) } }],
    });
    const filters = TestBed.inject(FormBuilder).nonNullable.group<Filter>({ q: '', status: null });
    const list = runInInjectionContext(TestBed.inject(Injector), () =>
      serverList<number, Filter>({
        filters,
        sort: { active: 'code', direction: 'asc' },
        load: (filter, paging): Observable<Page<number>> => {
          const answer = new Subject<Page<number>>();
          calls.push({ filter, paging, answer });
          return answer;
        },
      }),
    );
    TestBed.tick();
    return { filters, list };
  }

  beforeEach(() => jasmine.clock().install());
  afterEach(() => jasmine.clock().uninstall());

  it('asks for the first page sorted as given, and shows what comes back', () => {
    const { list } = setUp();
    expect(calls.length).toBe(1);
    expect(calls[0].paging).toEqual({ sort: 'code', page: 1, pageSize: 20 });
    expect(list.loading()).toBeTrue();
    calls[0].answer.next({ items: [1, 2], total: 12 });
    expect(list.rows()).toEqual([1, 2]);
    expect(list.total()).toBe(12);
    expect(list.loading()).toBeFalse();
  });

  it('waits for a pause in typing, trims the search and goes back to page one', () => {
    const { filters, list } = setUp();
    list.onPage({ pageIndex: 2, pageSize: 50, length: 200 });
    TestBed.tick();
    expect(calls.at(-1)!.paging).toEqual({ sort: 'code', page: 3, pageSize: 50 });
    filters.controls.q.setValue(' 美的 ');
    jasmine.clock().tick(299);
    expect(calls.length).toBe(2);
    jasmine.clock().tick(1);
    TestBed.tick();
    expect(calls.at(-1)!.filter.q).toBe('美的');
    expect(calls.at(-1)!.paging.page).toBe(1);
    expect(list.filtered()).toBeTrue();
  });

  it('applies a picked filter at once, and a new sort from page one', () => {
    const { filters, list } = setUp();
    filters.controls.status.setValue('sent');
    jasmine.clock().tick(0);
    TestBed.tick();
    expect(calls.at(-1)!.filter.status).toBe('sent');
    list.onSort({ active: 'code', direction: 'desc' });
    TestBed.tick();
    expect(calls.at(-1)!.paging.sort).toBe('-code');
  });

  it('lets a slow answer never overwrite a newer one, and tells the user of a failure', () => {
    const { list } = setUp();
    list.reload();
    TestBed.tick();
    expect(calls.length).toBe(2);
    calls[0].answer.next({ items: [9], total: 1 });
    expect(list.rows()).toEqual([]);
    calls[1].answer.error(new Error('offline'));
    expect(notified.length).toBe(1);
    expect(list.loading()).toBeFalse();
  });

  it('says a load failed until the next one answers', () => {
    const { list } = setUp();
    calls[0].answer.error(new Error('offline'));
    expect(list.failed()).toBeTrue();
    list.reload();
    TestBed.tick();
    calls[1].answer.next({ items: [1], total: 1 });
    expect(list.failed()).toBeFalse();
  });

  it('swaps a saved row in by id, and reads a stale one again (or the page, if it is gone)', () => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), { provide: Notify, useValue: { error: () => undefined } }] });
    const answers: Subject<Page<{ id: number; name: string }>>[] = [];
    const list = runInInjectionContext(TestBed.inject(Injector), () =>
      serverList<{ id: number; name: string }, { q: string }>({
        filters: TestBed.inject(FormBuilder).nonNullable.group({ q: '' }),
        sort: { active: 'name', direction: 'asc' },
        load: () => {
          answers.push(new Subject());
          return answers.at(-1)!;
        },
      }),
    );
    TestBed.tick();
    answers[0].next({ items: [{ id: 1, name: '甲' }, { id: 2, name: '乙' }], total: 2 });
    list.replace({ id: 2, name: '乙乙' });
    expect(list.rows().map((r) => r.name)).toEqual(['甲', '乙乙']);
    const fresh = new Subject<{ id: number; name: string }>();
    list.refresh(fresh);
    fresh.next({ id: 1, name: '甲甲' });
    expect(list.rows().map((r) => r.name)).toEqual(['甲甲', '乙乙']);
    list.refresh(throwError(() => new Error('gone')));
    TestBed.tick();
    expect(answers.length).toBe(2);
  });
});
