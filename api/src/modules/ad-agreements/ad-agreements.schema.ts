import { z } from 'zod';
import { AD_AGREEMENT_STATUSES, BRANCH_COPY_KINDS, INSTALMENT_METHODS, MAX_AMOUNT_FEN } from '@portal/domain';
import { dbId, isoDay, listQuery, queryId, sortParam } from '../../http/validate';

export const browseAgreementsQuery = z.object({
  ...listQuery,
  sort: sortParam(['number', 'updatedAt', 'amountFen', 'startsOn', 'customer'], '-updatedAt'),
  status: z.enum(AD_AGREEMENT_STATUSES).optional(),
  unitId: queryId.optional(),
  customerId: queryId.optional(),
});

const instalment = z.object({
  dueOn: isoDay,
  amountFen: z.number().int().positive().max(MAX_AMOUNT_FEN),
  method: z.enum(INSTALMENT_METHODS),
});

const terms = {
  /** 收费标准: how the fee is reckoned, in the words the agreement prints. */
  feeStandard: z.string().trim().min(1).max(2000),
  /** 收取时间 and 收取方式; their sum must be the amount to the fen (checked by the service: 422). */
  instalments: z.array(instalment).min(1).max(36),
};

export const createAgreementBody = z.object({ quoteId: dbId, ...terms });
export const updateAgreementBody = z.object({ version: dbId, ...terms });

/** The scan travels as the raw body (http/upload.ts); its name and the version in the query. */
export const signQuery = z.object({ version: queryId, filename: z.string().trim().min(1).max(255).default('signed.pdf') });

export const terminateBody = z.object({
  version: dbId,
  endsOn: isoDay,
  reason: z.string().trim().min(1, 'adAgreements.reasonRequired').max(500),
});

export const documentParams = z.object({ id: queryId, kind: z.enum(BRANCH_COPY_KINDS) });
export const attachQuery = z.object({ filename: z.string().trim().min(1).max(255).default('document.pdf') });

export type BrowseAgreements = z.output<typeof browseAgreementsQuery>;
export type AgreementTerms = z.output<typeof updateAgreementBody>;
export type CreateAgreement = z.output<typeof createAgreementBody>;
export type TerminateAgreement = z.output<typeof terminateBody>;
