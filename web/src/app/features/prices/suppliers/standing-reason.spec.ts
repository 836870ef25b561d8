import type { Standing } from '@portal/domain';
import { PRICES_TEXT } from '../prices.text';
import { standingReason } from './standing-reason';

const standing = (s: Partial<Standing>): Standing => ({
  year: 2026,
  points: 0,
  status: 'active',
  rectifyBy: null,
  awaitingRectification: false,
  rectificationOverdue: false,
  terminatedOn: null,
  ...s,
});

describe('supplier standing reason', () => {
  it('names the points under the suspension line', () => {
    expect(standingReason(standing({ points: 45 }), true)).toEqual({ text: PRICES_TEXT.reasonActive, params: jasmine.objectContaining({ points: 45 }) });
  });
  it('gives a suspended supplier its rectification deadline', () => {
    const r = standingReason(standing({ points: 55, status: 'suspended', rectifyBy: '2026-12-20', awaitingRectification: true }), true);
    expect(r.text).toBe(PRICES_TEXT.reasonSuspended);
    expect(r.params['rectifyBy']).toBe('2026-12-20');
  });
  it('asks for the ignored outcome once the deadline has passed', () => {
    const r = standingReason(standing({ points: 55, status: 'suspended', rectifyBy: '2026-10-01', rectificationOverdue: true }), true);
    expect(r.text).toBe(PRICES_TEXT.reasonOverdue);
  });
  it('says when it was terminated, and that a deactivated shop is simply off', () => {
    expect(standingReason(standing({ points: 100, status: 'terminated', terminatedOn: '2026-05-02' }), true).params['on']).toBe('2026-05-02');
    expect(standingReason(standing({}), false).text).toBe(PRICES_TEXT.reasonInactive);
  });
});
