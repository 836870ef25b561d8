import { z } from 'zod';
import { MAX_QUANTITY, NEGOTIATION_STATES } from '@portal/domain';
import { dbId, isoDay, listQuery } from '../../http/validate';

const term = (max: number) => z.string().trim().max(max);
/** The largest unit price a line may carry: ¥10,000,000.00. */
const MAX_UNIT_PRICE_FEN = 1_000_000_000;

export const browseQuery = z.object({
  ...listQuery,
  state: z.enum(NEGOTIATION_STATES).optional(),
});
export type BrowseNegotiations = z.infer<typeof browseQuery>;

const terms = {
  qualityRequirements: term(1000),
  inspectionMethod: term(1000),
  deliveryPlace: term(300),
  deliveryDate: isoDay,
  paymentMethod: term(500),
};

/** Opened from an inquiry's comparison, after its deadline, for one supplier and some or all of its lines. */
export const openBody = z.object({
  inquiryId: dbId,
  supplierId: dbId,
  /** The inquiry lines to negotiate; all the supplier quoted when left out. */
  inquiryLineIds: z.array(dbId).min(1).max(200).optional(),
  qualityRequirements: terms.qualityRequirements.default(''),
  inspectionMethod: terms.inspectionMethod.default(''),
  deliveryPlace: terms.deliveryPlace.optional(),
  deliveryDate: isoDay.optional(),
  paymentMethod: terms.paymentMethod.default(''),
});
export type OpenNegotiation = z.infer<typeof openBody>;

export const lineBody = z.object({
  lineNo: z.number().int().positive().max(10_000),
  quantity: z.number().positive().max(MAX_QUANTITY),
  unitPriceFen: z.number().int().positive().max(MAX_UNIT_PRICE_FEN),
  taxRateBp: z.number().int().min(0).max(10_000),
});

/**
 * An edit: the whole of the new version's terms and lines, and the version it was based on
 * (a version that is no longer current is a 409 carrying the latest). A line of the current
 * version left out is dropped from the new one; at least one line remains.
 */
export const editBody = z.object({
  baseVersion: dbId,
  ...terms,
  lines: z.array(lineBody).min(1, 'negotiations.noLines').max(200),
  note: z.string().trim().max(500).default(''),
});
export type EditNegotiation = z.infer<typeof editBody>;

export const agreeBody = z.object({ versionNo: dbId });

export const commentBody = z.object({ body: z.string().trim().min(1, 'negotiations.required').max(2000) });
