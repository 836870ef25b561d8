import type { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import type { MatDialogRef } from '@angular/material/dialog';
import type { Notify } from '../../core/notify';
import { formDriver, renderDialog } from '../../../testing/component-spec';
import { AdSlotDialog, type AdSlotDialogData } from './ad-slot-dialog';
import type { AdSlot } from './ad-slots.api';

const focus1: AdSlot = {
  id: 1,
  code: 'HOME-FOCUS-1',
  name: '首页焦点图第1帧',
  nameEn: null,
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
    ({ fixture, http, ref, notify } = await renderDialog(AdSlotDialog, data));
  }

  const drive = formDriver(() => fixture);
  const { type, errorUnder } = drive;
  const submit = () => drive.click('slot-save');

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
