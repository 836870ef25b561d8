import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { owningUnit, quoteScope, unitTree, type TreeUnit } from './scope';

// 1 总部 > 2 售后服务中心 > 3 电子商务部; 1 > 4 办公室; 1 > 10 北京分部 > 11 北京电子商务; 1 > 20 上海分部
const UNITS: TreeUnit[] = [
  { id: 1, kind: 'hq', parentId: null },
  { id: 2, kind: 'centre', parentId: 1 },
  { id: 3, kind: 'department', parentId: 2 },
  { id: 4, kind: 'centre', parentId: 1 },
  { id: 10, kind: 'branch', parentId: 1 },
  { id: 11, kind: 'branch_department', parentId: 10 },
  { id: 20, kind: 'branch', parentId: 1 },
];
const tree = unitTree(UNITS);
const ids = (us: readonly TreeUnit[] | null) => us?.map((u) => u.id) ?? null;

describe('the unit tree', () => {
  it('walks from a unit up to the root, itself first', () => {
    assert.deepEqual(ids(tree.ancestry(3)), [3, 2, 1]);
    assert.deepEqual(ids(tree.ancestry(11)), [11, 10, 1]);
    assert.deepEqual(tree.ancestry(99), []);
  });

  it('stops on a broken tree instead of looping', () => {
    const loop = unitTree([
      { id: 1, kind: 'centre', parentId: 2 },
      { id: 2, kind: 'centre', parentId: 1 },
    ]);
    assert.equal(loop.ancestry(1).length, 20);
  });

  it('places a unit in its branch, or at head office', () => {
    assert.deepEqual(ids(Object.values(tree.place(11)!)), [11, 10, 1]);
    const hq = tree.place(3)!;
    assert.equal(hq.branch, null);
    assert.equal(hq.root.id, 1);
    assert.equal(tree.place(99), null);
  });

  it('treats a unit inside a branch as the branch, anything else as HQ', () => {
    assert.equal(quoteScope(10, UNITS), 'branch');
    assert.equal(quoteScope(11, UNITS), 'branch');
    assert.equal(quoteScope(3, UNITS), 'hq');
    assert.equal(quoteScope(99, UNITS), null);
  });

  it('names the HQ-or-branch unit a unit belongs to', () => {
    assert.equal(owningUnit(11, UNITS)?.id, 10);
    assert.equal(owningUnit(3, UNITS)?.id, 1);
    assert.equal(owningUnit(99, UNITS), null);
    assert.equal(owningUnit(2, [{ id: 2, kind: 'centre', parentId: null }]), null);
  });
});

describe('whose grants reach a record', () => {
  it('lets a grant cover its unit and everything under it, not its parent or siblings', () => {
    const grants = [{ role: 'purchasing_clerk' as const, unitId: 2 }];
    assert.ok(tree.reaches(grants, ['purchasing_clerk'], 3));
    assert.ok(tree.reaches(grants, ['purchasing_clerk'], 2));
    assert.ok(!tree.reaches(grants, ['purchasing_clerk'], 1));
    assert.ok(!tree.reaches(grants, ['purchasing_clerk'], 4));
    assert.ok(!tree.reaches(grants, ['dept_head'], 3));
  });

  it('gives a branch its own branch, and head office every place', () => {
    assert.deepEqual(tree.placeScope([{ role: 'branch_marketer', unitId: 11 }], ['branch_marketer']), [10]);
    assert.deepEqual(tree.placeScope([{ role: 'branch_gm', unitId: 10 }, { role: 'branch_gm', unitId: 20 }], ['branch_gm']), [10, 20]);
    assert.equal(tree.placeScope([{ role: 'branch_gm', unitId: 10 }, { role: 'finance', unitId: 2 }], ['branch_gm', 'finance']), null);
    assert.deepEqual(tree.placeScope([{ role: 'finance', unitId: 2 }], ['branch_gm']), []);
  });

  it('gives a clerk the units under their grant, and a grant on the root everything', () => {
    assert.deepEqual(tree.subtreeScope([{ role: 'purchasing_clerk', unitId: 2 }], ['purchasing_clerk']), [2, 3]);
    assert.equal(tree.subtreeScope([{ role: 'company_leader', unitId: 1 }], ['company_leader']), null);
    assert.deepEqual(tree.subtreeScope([{ role: 'auditor', unitId: 1 }], ['purchasing_clerk']), []);
  });

  it('lets branch people quote for their branch, HQ E-commerce for HQ, the HQ centre GM for both', () => {
    assert.deepEqual(tree.quoterRoles([{ role: 'branch_ecommerce_clerk', unitId: 11 }], 10), ['branch_ecommerce_clerk']);
    assert.deepEqual(tree.quoterRoles([{ role: 'branch_ecommerce_clerk', unitId: 11 }], 20), []);
    assert.deepEqual(ids(tree.quotingUnits([{ role: 'ecommerce_staff', unitId: 3 }])), [1]);
    assert.deepEqual(ids(tree.quotingUnits([{ role: 'hq_center_gm', unitId: 2 }])), [1, 10, 20]);
    assert.deepEqual(tree.quotingUnits([{ role: 'auditor', unitId: 1 }]), []);
  });
});
