import type { Knex } from 'knex';
const CHUNK = 10_000;


export interface Triple {
  item_id: number;
  supplier_id: number;
  observed_on: string;
}

/**
 * Which of these (item, supplier, day) already have a current observation. The
 * keys travel as one JSON document: one round trip for a hundred thousand rows,
 * and the same SQL on PGlite and PostgreSQL.
 */
export async function existingTriples(db: Knex, triples: Triple[]): Promise<Triple[]> {
  const out: Triple[] = [];
  for (let i = 0; i < triples.length; i += CHUNK * 5) {
    const { rows } = await db.raw(
      `select o.item_id, o.supplier_id, o.observed_on
         from jsonb_to_recordset(?::jsonb) as f(item_id int, supplier_id int, observed_on date)
         join price_observations o
           on o.item_id = f.item_id and o.supplier_id = f.supplier_id and o.observed_on = f.observed_on
        where o.superseded_by is null`,
      [JSON.stringify(triples.slice(i, i + CHUNK * 5))],
    );
    out.push(...rows);
  }
  return out;
}

export interface ImportedObservation extends Triple {
  price_fen: number;
  url: string;
  in_stock: boolean;
  note: string;
}

/** Bulk insert in large set-based statements; the caller's transaction makes it all or nothing. */
export async function insertImported(db: Knex, rows: ImportedObservation[], meta: { importId: string; recordedBy: number | null }): Promise<number> {
  let n = 0;
  for (let i = 0; i < rows.length; i += CHUNK * 2) {
    const chunk = rows.slice(i, i + CHUNK * 2);
    const result = await db.raw(
      `insert into price_observations (item_id, supplier_id, price_fen, observed_on, url, in_stock, note, recorded_by, import_id)
       select f.item_id, f.supplier_id, f.price_fen, f.observed_on, f.url, f.in_stock, f.note, ?, ?
         from jsonb_to_recordset(?::jsonb) as f(item_id int, supplier_id int, price_fen bigint, observed_on date, url text, in_stock boolean, note text)`,
      [meta.recordedBy, meta.importId, JSON.stringify(chunk)],
    );
    n += result.rowCount ?? result.affectedRows ?? chunk.length;
  }
  return n;
}
