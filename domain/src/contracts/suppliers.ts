import { z } from 'zod';
import { PENALTY_KINDS, PLATFORMS, SUPPLIER_STANDINGS } from '../supplier-prices';
import { day, id, timestamp } from './common';

/** This year's penalty points and the standing derived from them (domain supplierStanding). */
export const Standing = z.object({
  year: z.number().int(),
  points: z.number().int(),
  status: z.enum(SUPPLIER_STANDINGS),
  rectifyBy: day.nullable(),
  awaitingRectification: z.boolean(),
  rectificationOverdue: z.boolean(),
  terminatedOn: day.nullable(),
});
export type Standing = z.infer<typeof Standing>;

export const Supplier = z.object({
  id,
  platform: z.enum(PLATFORMS),
  shopName: z.string(),
  shopUrl: z.string(),
  contact: z.string(),
  note: z.string(),
  active: z.boolean(),
  version: z.number().int(),
  updatedAt: timestamp,
  standing: Standing,
  /** The B2B company details an e-contract names (issue 15); null where not entered. */
  company: z.object({
    legalName: z.string().nullable(),
    taxpayerId: z.string().nullable(),
    address: z.string().nullable(),
    phone: z.string().nullable(),
    bankName: z.string().nullable(),
    bankAccount: z.string().nullable(),
  }),
  /** May be chosen for new purchases: active and neither suspended nor terminated. */
  eligible: z.boolean(),
});
export type Supplier = z.infer<typeof Supplier>;

export const SupplierList = z.object({ items: z.array(Supplier), total: z.number().int() });
export type SupplierList = z.infer<typeof SupplierList>;

export const Violation = z.object({
  id,
  kind: z.enum(PENALTY_KINDS),
  points: z.number().int(),
  reason: z.string(),
  occurredOn: day,
  rectifyBy: day.nullable(),
  recordedBy: z.string().nullable(),
  createdAt: timestamp,
});
export type Violation = z.infer<typeof Violation>;

/** GET /api/suppliers/:id/violations: this supplier's penalty record with its standing. */
export const ViolationList = z.object({ items: z.array(Violation), total: z.number().int(), standing: Standing, supplier: Supplier });
export type ViolationList = z.infer<typeof ViolationList>;

/** POST /api/suppliers/:id/violations. */
export const ViolationRecorded = z.object({ event: Violation, supplier: Supplier });
export type ViolationRecorded = z.infer<typeof ViolationRecorded>;
