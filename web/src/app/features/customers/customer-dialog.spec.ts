import type { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import type { MatDialogRef } from '@angular/material/dialog';
import { formDriver, renderDialog } from '../../../testing/component-spec';
import { CustomerDialog, type CustomerDialogData } from './customer-dialog';
import type { Customer } from './customers.api';

const midea: Customer = {
  id: 4,
  name: '美的集团股份有限公司',
  contact: '李伟',
  phone: '0757-26338888',
  address: '广东省佛山市顺德区北滘镇美的大道6号',
  uscc: '91440300708461136T',
  active: true,
  version: 2,
};

describe('CustomerDialog', () => {
  let fixture: ComponentFixture<CustomerDialog>;
  let http: HttpTestingController;
  let ref: jasmine.SpyObj<MatDialogRef<CustomerDialog>>;

  async function open(data: CustomerDialogData) {
    ({ fixture, http, ref } = await renderDialog(CustomerDialog, data));
  }

  const drive = formDriver(() => fixture);
  const { el, errorUnder } = drive;
  const type = async (testid: string, value: string) => {
    drive.type(testid, value);
    await fixture.whenStable();
  };
  const submit = () => drive.click('customer-save');

  afterEach(() => http.verify());

  it('checks the credit code while it is typed, by the rule the API uses', async () => {
    await open({});
    await type('customer-uscc', '9135010');
    expect(errorUnder('customer-uscc')).toBe('统一社会信用代码应为 18 位，已输入 7 位');
    await type('customer-uscc', '91350100M000100Y44');
    expect(errorUnder('customer-uscc')).toContain('校验位不符');
    expect(el().querySelector('[data-testid="uscc-ok"]')).toBeNull();
    await type('customer-uscc', '91350100m000100y43');
    expect(errorUnder('customer-uscc')).toBe('');
    expect(el().querySelector('[data-testid="uscc-ok"]')).not.toBeNull();
  });

  it('sends the code normalised, and none at all when left empty', async () => {
    await open({});
    await type('customer-name', ' 海尔智家股份有限公司 ');
    await type('customer-uscc', ' 9135 0100 m000 100y43 ');
    await submit();
    const req = http.expectOne('/api/customers');
    expect(req.request.body).toEqual({ name: '海尔智家股份有限公司', uscc: '91350100M000100Y43', contact: '', phone: '', address: '' });
    req.flush({ ...midea, id: 9 });
    expect(ref.close).toHaveBeenCalled();
  });

  it('does not send a wrong code', async () => {
    await open({});
    await type('customer-name', '海尔');
    await type('customer-uscc', '91350100M000100Y44');
    await submit();
    http.expectNone('/api/customers');
  });

  it('shows a duplicate code from the server under the code field', async () => {
    await open({ customer: midea });
    await type('customer-phone', '0757-26339999');
    await submit();
    const req = http.expectOne('/api/customers/4');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body.version).toBe(2);
    req.flush(
      { status: 409, type: 'https://portal.example/problems/duplicate', errors: [{ path: 'uscc', message: '该统一社会信用代码已属于“海尔”' }] },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    expect(errorUnder('customer-uscc')).toBe('该统一社会信用代码已属于“海尔”');
    expect(ref.close).not.toHaveBeenCalled();
  });

  it('closes as stale when someone else saved first', async () => {
    await open({ customer: midea });
    await submit();
    http.expectOne('/api/customers/4').flush({ status: 409, type: 'https://portal.example/problems/stale-version', errors: [] }, { status: 409, statusText: 'Conflict' });
    expect(ref.close).toHaveBeenCalledWith('stale');
  });
});
