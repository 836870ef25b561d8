import { priceSpread } from '@portal/domain';
import type { Matrix, MatrixCell, MatrixRow } from '../prices.api';

/** A spread this wide (highest over lowest, 20%) is worth a second look before buying. */
export const WIDE_SPREAD_BP = 2000;

export interface GridRow extends MatrixRow {
  /** One entry per supplier column, in the order of `matrix.suppliers`; null where the shop had no price. */
  byColumn: (MatrixCell | null)[];
  /** In-stock offers in the row: a lone price is not "the lowest" of anything. */
  offers: number;
  wideSpread: boolean;
}

/**
 * The matrix as the table draws it: each item's cells placed under their
 * supplier's column, the row's lowest in-stock price marked (ties all marked;
 * an out-of-stock offer is never the lowest, as the API and the export count),
 * and wide spreads flagged.
 */
export function matrixGrid(m: Matrix): GridRow[] {
  const column = new Map(m.suppliers.map((s, i) => [s.id, i]));
  return m.items.map((r) => {
    const inStock = r.cells.filter((c) => c.inStock).map((c) => c.priceFen);
    const spread = priceSpread(inStock);
    const byColumn: (MatrixCell | null)[] = m.suppliers.map(() => null);
    for (const c of r.cells) {
      const i = column.get(c.supplierId);
      if (i === undefined) continue;
      byColumn[i] = { ...c, lowest: spread !== null && inStock.length > 1 && c.inStock && c.priceFen === spread.lowestFen };
    }
    return { ...r, byColumn, offers: inStock.length, wideSpread: spread !== null && spread.spreadBp >= WIDE_SPREAD_BP };
  });
}

/** Column ids for MatTable: fixed ones around one per supplier. */
export const supplierColumn = (id: number) => `s${id}`;
