import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { Notify } from '../../core/notify';
import { AdSlotDialog, type AdSlotDialogData } from './ad-slot-dialog';
import type { AdSlot } from './ad-slots.api';

const focus1: AdSlot = {
  id: 1,
  code: 'HOME-FOCUS-1',
  name: '首页焦点图第1帧',
  page: '商城首页',
  format: '轮播图',
  size: '1200×400',
  pricingUnit: 'day',
  exclusive: true,
  active: true,
  version: 3,
};

describe('AdSlotDialog', () => {
  let fixture: ComponentFixture<AdSlotDialog>;
  let http: HttpTestingController;
  let ref: jasmine.SpyObj<MatDialogRef<AdSlotDialog>>;
  let notify: jasmine.SpyObj<Notify>;

  async function open(data: AdSlotDialogData) {
    localStorage.removeItem('portal.lang');
    ref = jasmine.createSpyObj<MatDialogRef<AdSlotDialog>>('MatDialogRef', ['close']);
    notify = jasmine.createSpyObj<Notify>('Notify', ['error', 'ok']);
    TestBed.configureTestingModule({
      imports: [AdSlotDialog],
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MAT_DIALOG_DATA, useValue: data },
        { provide: MatDialogRef, useValue: ref },
        { provide: Notify, useValue: notify },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AdSlotDialog);
    await fixture.whenStable();
  }

  const el = () => fixture.nativeElement as HTMLElement;
  const type = (testid: string, value: string) => {
    const input = el().querySelector<HTMLInputElement>(`[data-testid="${testid}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const errorUnder = (testid: string) =>
    el().querySelector(`[data-testid="${testid}"]`)!.closest('mat-form-field')!.querySelector('mat-error')?.textContent?.trim() ?? '';
  const submit = async () => {
    el().querySelector<HTMLButtonElement>('[data-testid="slot-save"]')!.click();
    await fixture.whenStable();
  };

  afterEach(() => http.verify());

  it('puts the server’s “code taken” under the code and nothing elsewhere', async () => {
    await open({});
    type('slot-code', 'HOME-FOCUS-1');
    type('slot-name', '首页焦点图第1帧');
    type('slot-page', '商城首页');
    await submit();
    const req = http.expectOne('/api/ad-slots');
    expect(req.request.body).toEqual(
      jasmine.objectContaining({ code: 'HOME-FOCUS-1', name: '首页焦点图第1帧', page: '商城首页', pricingUnit: 'day', exclusive: true }),
    );
    req.flush(
      { status: 409, type: 'https://portal.example/problems/duplicate', errors: [{ path: 'code', message: '编号 HOME-FOCUS-1 已被使用' }] },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    expect(errorUnder('slot-code')).toBe('编号 HOME-FOCUS-1 已被使用');
    expect(errorUnder('slot-name')).toBe('');
    expect(notify.error).not.toHaveBeenCalled();
  });

  it('checks the code’s characters before asking the server', async () => {
    await open({});
    type('slot-code', '首页 1');
    type('slot-name', 'x');
    type('slot-page', 'y');
    await submit();
    http.expectNone('/api/ad-slots');
    expect(errorUnder('slot-code')).toContain('字母、数字');
  });

  it('saves an edit with the version it read, and closes as stale on a 409', async () => {
    await open({ slot: focus1 });
    type('slot-name', '首页焦点图第一帧');
    await submit();
    const req = http.expectOne('/api/ad-slots/1');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual(jasmine.objectContaining({ version: 3, name: '首页焦点图第一帧' }));
    req.flush({ status: 409, type: 'https://portal.example/problems/stale-version', errors: [] }, { status: 409, statusText: 'Conflict' });
    expect(ref.close).toHaveBeenCalledWith('stale');
  });
});
