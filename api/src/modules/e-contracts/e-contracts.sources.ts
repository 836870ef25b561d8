import type { Knex } from 'knex';
import { readSupplier } from '../suppliers/suppliers.service';
import type { ContractParty } from './e-contracts.pdf';

/** The supplier as the contract names it: its B2B company details (suppliers module), the shop name where none. */
export async function supplierParty(db: Knex, supplierId: number): Promise<ContractParty> {
  const s = await readSupplier(db, supplierId);
  return {
    name: s.company.legalName || s.shopName,
    taxId: s.company.taxpayerId ?? '',
    address: s.company.address ?? '',
    contact: s.contact || s.company.phone || '',
  };
}
