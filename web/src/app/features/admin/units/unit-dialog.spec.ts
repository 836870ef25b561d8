import type { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import type { MatDialogRef } from '@angular/material/dialog';
import type { Notify } from '../../../core/notify';
import { formDriver, renderDialog } from '../../../../testing/component-spec';
import { UnitDialog, type UnitDialogData } from './unit-dialog';
import type { Unit } from './units.api';

const hq: Unit = { id: 1, code: 'HQ', nameZh: '总部', nameEn: 'Head office', kind: 'hq', parentId: null, active: true, version: 1 };
const beijing: Unit = { id: 20, code: 'BJ', nameZh: '北京分部', nameEn: 'Beijing Branch', kind: 'branch', parentId: 1, active: true, version: 3 };

describe('UnitDialog', () => {
  let fixture: ComponentFixture<UnitDialog>;
  let http: HttpTestingController;
  let ref: jasmine.SpyObj<MatDialogRef<UnitDialog>>;
  let notify: jasmine.SpyObj<Notify>;

  async function open(data: UnitDialogData) {
    ({ fixture, http, ref, notify } = await renderDialog(UnitDialog, data));
  }

  const drive = formDriver(() => fixture);
  const { type, errorUnder } = drive;
  const submit = () => drive.click('unit-save');
  const fillNew = () => {
    type('unit-name-zh', '北京分部财务部');
    type('unit-name-en', 'Beijing finance');
    type('unit-code', 'bj-fin');
  };

  afterEach(() => http.verify());

  it('under a branch offers only a branch department, already chosen, and types codes in capitals', async () => {
    await open({ mode: 'create', parent: beijing });
    expect(fixture.componentInstance['kinds']()).toEqual(['branch_department']);
    fillNew();
    await submit();
    const req = http.expectOne('/api/units');
    expect(req.request.body).toEqual({ code: 'BJ-FIN', nameZh: '北京分部财务部', nameEn: 'Beijing finance', kind: 'branch_department', parentId: 20 });
    req.flush({ ...req.request.body, id: 30, active: true, version: 1 });
    expect(ref.close).toHaveBeenCalledWith(jasmine.objectContaining({ id: 30 }));
  });

  it('under the head office lets the administrator choose among centre, department and branch', async () => {
    await open({ mode: 'create', parent: hq });
    expect(fixture.componentInstance['kinds']()).toEqual(['centre', 'department', 'branch']);
    fillNew();
    await submit();
    http.expectNone('/api/units');
    expect(errorUnder('unit-kind')).toBe('必填');
  });

  it('shows the server’s field messages under their fields, a wrong parent under the kind', async () => {
    await open({ mode: 'create', parent: beijing });
    fillNew();
    await submit();
    http.expectOne('/api/units').flush(
      {
        status: 400,
        errors: [
          { path: 'nameEn', message: '太长了' },
          { path: 'parentId', message: '“分部部门”不能放在“部门”之下' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(errorUnder('unit-name-en')).toBe('太长了');
    expect(errorUnder('unit-kind')).toBe('“分部部门”不能放在“部门”之下');
    expect(errorUnder('unit-code')).toBe('');
    expect(notify.error).not.toHaveBeenCalled();
  });

  it('says plainly when the code is taken', async () => {
    await open({ mode: 'create', parent: beijing });
    fillNew();
    await submit();
    http
      .expectOne('/api/units')
      .flush(
        { type: 'https://portal.example/problems/duplicate', status: 409, errors: [{ path: 'units_code_unique', message: '已存在相同的记录' }] },
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();
    expect(errorUnder('unit-code')).toBe('该编码已被其他单位使用');
  });

  it('edits only what changed, at the version read, and reports a stale version to the page', async () => {
    await open({ mode: 'edit', unit: beijing, parent: hq });
    type('unit-name-en', 'Beijing Branch Office');
    await submit();
    const req = http.expectOne('/api/units/20');
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({ version: 3, nameEn: 'Beijing Branch Office' });
    req.flush({ type: 'https://portal.example/problems/stale-version', status: 409, errors: [] }, { status: 409, statusText: 'Conflict' });
    expect(ref.close).toHaveBeenCalledWith('stale');
  });
});
