import type { Knex } from 'knex';
import { Invalid, NotFound } from '../../http/errors';
import type { Actor } from '../../http/route';
import { auditedCreate, auditedUpdate, type AuditedRecord } from '../audit/audited';
import * as repo from './customers.repo';
import type { BrowseCustomers, CreateCustomer, UpdateCustomer } from './customers.schema';

function toCustomer(r: repo.CustomerRow) {
  return { id: r.id, name: r.name, contact: r.contact, phone: r.phone, address: r.address, uscc: r.uscc, active: r.active, version: r.version };
}

export type Customer = ReturnType<typeof toCustomer>;

/** A customer's name and whether it may still be quoted for: for the ad quotes module. */
export async function customerRef(db: Knex, id: number): Promise<{ id: number; name: string; active: boolean } | undefined> {
  const c = await repo.findCustomer(db, id);
  return c && { id: c.id, name: c.name, active: c.active };
}

export async function browseCustomers(db: Knex, f: BrowseCustomers) {
  const { items, total } = await repo.listCustomers(db, f);
  return { items: items.map(toCustomer), total };
}

export async function readCustomer(db: Knex, id: number): Promise<Customer> {
  const row = await repo.findCustomer(db, id);
  if (!row) throw new NotFound();
  return toCustomer(row);
}

/** One company is kept once: its credit code is its identity (and the VAT invoice needs it). */
async function assertUsccFree(trx: Knex, uscc: string | null | undefined, exceptId?: number) {
  if (!uscc) return;
  const other = await repo.customerWithUscc(trx, uscc, exceptId);
  if (other) throw Invalid.field('uscc', 'customers.usccTaken', { name: other.name });
}

const CUSTOMER: AuditedRecord<Customer> = { entity: 'customer', read: readCustomer };

export async function createCustomer(db: Knex, actor: Actor, input: CreateCustomer): Promise<Customer> {
  return db.transaction(async (trx) => {
    await assertUsccFree(trx, input.uscc);
    return auditedCreate(trx, actor, 'customer.create', CUSTOMER, () => repo.insertCustomer(trx, input));
  });
}

export async function updateCustomer(db: Knex, actor: Actor, id: number, input: UpdateCustomer): Promise<Customer> {
  const { version, ...patch } = input;
  return db.transaction((trx) =>
    auditedUpdate(trx, actor, CUSTOMER, { id, version, action: 'customer.update' }, async () => {
      await assertUsccFree(trx, input.uscc, id);
      return repo.updateCustomer(trx, id, version, patch);
    }),
  );
}
