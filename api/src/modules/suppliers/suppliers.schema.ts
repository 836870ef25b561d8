import { z } from 'zod';
import { isHttpUrl, isValidUscc, normalizeUscc, PENALTY_KINDS, PLATFORMS, SUPPLIER_STANDINGS } from '@portal/domain';
import { dbId, isoDay, listQuery, sortParam } from '../../http/validate';

const shopName = z.string().trim().min(1).max(100);
const shopUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((s) => s === '' || isHttpUrl(s), 'suppliers.badUrl');
const bool = z.enum(['true', 'false']).transform((v) => v === 'true');
const day = isoDay;

/** An empty field is no value (null), so a clerk can clear what was entered. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((s) => (s ? s : null));

/** The B2B company details an e-contract names (issue 15); each may be left empty. */
const company = z.object({
  legalName: optionalText(200),
  taxpayerId: z
    .string()
    .nullable()
    .transform((s) => (s ? normalizeUscc(s) : null))
    .refine((s) => s === null || isValidUscc(s), 'suppliers.badTaxpayerId'),
  address: optionalText(300),
  phone: optionalText(50),
  bankName: optionalText(100),
  bankAccount: optionalText(50),
});

export const browseSuppliersQuery = z.object({
  ...listQuery,
  sort: sortParam(['platform', 'shopName', 'points', 'updatedAt'], 'platform'),
  platform: z.enum(PLATFORMS).optional(),
  active: bool.optional(),
  /** Discipline standing derived from this year's points. */
  status: z.enum(SUPPLIER_STANDINGS).optional(),
  /** Only suppliers that may be chosen for new purchases. */
  eligible: bool.optional(),
});

export const createSupplierBody = z.object({
  platform: z.enum(PLATFORMS),
  shopName,
  shopUrl: shopUrl.default(''),
  contact: z.string().trim().max(200).default(''),
  note: z.string().trim().max(500).default(''),
  company: company.optional(),
});

export const updateSupplierBody = z.object({
  version: dbId,
  platform: z.enum(PLATFORMS).optional(),
  shopName: shopName.optional(),
  shopUrl: shopUrl.optional(),
  contact: z.string().trim().max(200).optional(),
  note: z.string().trim().max(500).optional(),
  active: z.boolean().optional(),
  company: company.optional(),
});

export const recordViolationBody = z.object({
  kind: z.enum(PENALTY_KINDS).default('violation'),
  points: z.number().int(),
  reason: z.string().trim().min(1).max(500),
  /** Defaults to today. */
  occurredOn: day.optional(),
  /** Deadline when this event suspends the supplier; defaults to 30 days on. */
  rectifyBy: day.optional(),
});

export type CreateSupplier = z.output<typeof createSupplierBody>;
export type UpdateSupplier = z.output<typeof updateSupplierBody>;
export type RecordViolation = z.output<typeof recordViolationBody>;
