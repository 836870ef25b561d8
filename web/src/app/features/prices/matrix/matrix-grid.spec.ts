import type { Matrix, MatrixCell } from '../prices.api';
import { matrixGrid, supplierColumn } from './matrix-grid';

const cell = (supplierId: number, priceFen: number, inStock = true): MatrixCell => ({
  supplierId,
  observationId: supplierId * 100,
  priceFen,
  observedOn: '2026-11-05',
  inStock,
  lowest: false,
});

const matrix = (cells: MatrixCell[][]): Matrix => ({
  month: '2026-11',
  suppliers: [1, 2, 3].map((id) => ({ id, platform: 'jd' as const, shopName: `店${id}`, status: 'active' as const, eligible: true })),
  items: cells.map((c, i) => ({
    id: i + 1,
    code: `BG-000${i + 1}`,
    name: '复印纸',
    nameEn: 'Copy paper',
    spec: '',
    uom: '包',
    category: 'office_supplies' as const,
    buyingUnit: 'OFFICE' as const,
    cells: c,
    lowestFen: null,
    highestFen: null,
    spreadFen: null,
    spreadBp: null,
  })),
  total: cells.length,
});

describe('comparison matrix grid', () => {
  it('places each price under its supplier column and leaves the others empty', () => {
    const [row] = matrixGrid(matrix([[cell(3, 2490), cell(1, 2590)]]));
    expect(row.byColumn.map((c) => c?.priceFen ?? null)).toEqual([2590, null, 2490]);
    expect(supplierColumn(3)).toBe('s3');
  });

  it('marks the lowest in-stock price of the row, every one of a tie', () => {
    const [row] = matrixGrid(matrix([[cell(1, 2490), cell(2, 2590), cell(3, 2490)]]));
    expect(row.byColumn.map((c) => c?.lowest)).toEqual([true, false, true]);
  });

  it('never marks an out-of-stock offer as the lowest, however cheap', () => {
    const [row] = matrixGrid(matrix([[cell(1, 1000, false), cell(2, 2590), cell(3, 2490)]]));
    expect(row.byColumn.map((c) => c?.lowest)).toEqual([false, false, true]);
    expect(row.offers).toBe(2);
  });

  it('marks nothing when the row has a single in-stock offer', () => {
    const [row] = matrixGrid(matrix([[cell(2, 2590), cell(3, 2000, false)]]));
    expect(row.byColumn.some((c) => c?.lowest)).toBeFalse();
  });

  it('flags a spread of 20% or more as wide', () => {
    const [narrow, wide] = matrixGrid(matrix([[cell(1, 1000), cell(2, 1199)], [cell(1, 1000), cell(2, 1200)]]));
    expect(narrow.wideSpread).toBeFalse();
    expect(wide.wideSpread).toBeTrue();
  });

  it('ignores a cell of a supplier the page does not list', () => {
    const [row] = matrixGrid(matrix([[cell(9, 100), cell(1, 2590)]]));
    expect(row.byColumn.map((c) => c?.supplierId ?? null)).toEqual([1, null, null]);
  });
});
