import { groupByPage } from './rate-card-groups';

let ids = 0;
const row = (code: string, page: string, exclusive = false, slotId = ++ids) => ({ slotId, code, page, exclusive, name: code });

describe('rate card grouped by page', () => {
  it('orders pages by when their first slot was set up, slots by code within each', () => {
    const groups = groupByPage([row('CH-1', '频道页', false, 7), row('HOME-10', '首页', true, 3), row('HOME-2', '首页', false, 9), row('HOME-1', '首页', true, 1)]);
    expect(groups.map((g) => g.page)).toEqual(['首页', '频道页']);
    expect(groups[0].rows.map((r) => r.code)).toEqual(['HOME-1', 'HOME-2', 'HOME-10']);
    expect(groups[0].exclusiveCount).toBe(2);
    expect(groups[1].exclusiveCount).toBe(0);
  });

  it('treats stray spaces around a page name as the same page', () => {
    expect(groupByPage([row('A', '首页'), row('B', ' 首页 ')]).length).toBe(1);
  });

  it('gives no groups for an empty card', () => {
    expect(groupByPage([])).toEqual([]);
  });
});
