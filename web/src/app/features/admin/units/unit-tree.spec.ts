import type { UnitKind } from '@portal/domain';
import { flattenUnits, kindsUnder, unitName } from './unit-tree';
import type { Unit } from './units.api';

const unit = (id: number, parentId: number | null, kind: UnitKind, nameZh = `单位${id}`): Unit => ({
  id,
  code: `U${id}`,
  nameZh,
  nameEn: `Unit ${id}`,
  kind,
  parentId,
  active: true,
  version: 1,
});

describe('unit tree', () => {
  it('lists every unit right after its parent, deeper units indented further', () => {
    // The API sorts parents first, not in tree order.
    const units = [unit(1, null, 'hq'), unit(2, 1, 'centre'), unit(3, 1, 'branch'), unit(4, 2, 'department'), unit(5, 3, 'branch_department')];
    const tree = flattenUnits(units);
    expect(tree.map((n) => n.unit.id)).toEqual([1, 2, 4, 3, 5]);
    expect(tree.map((n) => n.depth)).toEqual([0, 1, 2, 1, 2]);
    expect(tree.find((n) => n.unit.id === 5)?.ancestors).toEqual([1, 3]);
    expect(tree[0].childCount).toBe(2);
  });

  it('keeps a unit whose parent is missing, as a root', () => {
    expect(flattenUnits([unit(7, 99, 'centre')]).map((n) => [n.unit.id, n.depth])).toEqual([[7, 0]]);
  });

  it('names a unit in the reader’s language', () => {
    const u = unit(1, null, 'hq', '总部');
    expect(unitName(u, 'zh')).toBe('总部');
    expect(unitName(u, 'en')).toBe('Unit 1');
  });

  it('offers only the kinds the company allows under a parent', () => {
    expect(kindsUnder('branch')).toEqual(['branch_department']);
    expect(kindsUnder('hq')).toEqual(['centre', 'department', 'branch']);
    expect(kindsUnder('branch_department')).toEqual([]);
  });
});
