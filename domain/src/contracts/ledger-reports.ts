import { z } from 'zod';
import { AGEING_BUCKETS } from '../ledger-reports';
import { InstalmentRef } from './ad-agreements';
import { day, fen, id } from './common';

/** The ledger's reports (财务报表): read-only figures from the journal, scoped like the journal. */

const side = z.enum(['debit', 'credit']);
const Named = z.object({ id, name: z.string() });

export const TrialBalanceLine = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  parentCode: z.string().nullable(),
  level: z.number().int(),
  leaf: z.boolean(),
  normalSide: side,
  openingDebitFen: fen,
  openingCreditFen: fen,
  debitFen: fen,
  creditFen: fen,
  closingDebitFen: fen,
  closingCreditFen: fen,
});
export type TrialBalanceLine = z.infer<typeof TrialBalanceLine>;

export const TrialBalance = z.object({
  period: day,
  lines: z.array(TrialBalanceLine),
  totals: z.object({
    openingDebitFen: fen,
    openingCreditFen: fen,
    debitFen: fen,
    creditFen: fen,
    closingDebitFen: fen,
    closingCreditFen: fen,
    balanced: z.boolean(),
  }),
});
export type TrialBalance = z.infer<typeof TrialBalance>;

/** One journal line of an account with the balance it left (debit-positive for a debit account, credit-positive for a credit one). */
export const LedgerLine = z.object({
  entryId: id,
  entryNumber: z.string(),
  entryDate: day,
  period: day,
  kind: z.string(),
  lineNo: z.number().int(),
  accountCode: z.string(),
  memo: z.string(),
  debitFen: fen,
  creditFen: fen,
  balanceFen: fen,
  unit: Named.nullable(),
  customer: Named.nullable(),
});
export type LedgerLine = z.infer<typeof LedgerLine>;

export const GeneralLedger = z.object({
  account: z.object({ code: z.string(), name: z.string(), nameEn: z.string().nullable(), normalSide: side }),
  from: day,
  to: day,
  openingFen: fen,
  debitFen: fen,
  creditFen: fen,
  closingFen: fen,
  items: z.array(LedgerLine),
  total: z.number().int(),
});
export type GeneralLedger = z.infer<typeof GeneralLedger>;

const Buckets = z.object(Object.fromEntries(AGEING_BUCKETS.map((b) => [b, fen])) as Record<(typeof AGEING_BUCKETS)[number], typeof fen>);
export type AgeingBuckets = z.infer<typeof Buckets>;

/** One instalment still owed, with its age on the as-of date. */
export const ReceivableInstalment = InstalmentRef.extend({
  amountFen: fen,
  collectedFen: fen,
  owedFen: fen,
  daysPastDue: z.number().int(),
  bucket: z.enum(AGEING_BUCKETS),
});
export type ReceivableInstalment = z.infer<typeof ReceivableInstalment>;

export const ReceivableCustomer = z.object({
  customer: Named,
  owedFen: fen,
  buckets: Buckets,
  instalments: z.array(ReceivableInstalment),
});
export type ReceivableCustomer = z.infer<typeof ReceivableCustomer>;

export const Receivables = z.object({
  asOf: day,
  customers: z.array(ReceivableCustomer),
  totals: z.object({ owedFen: fen, buckets: Buckets }),
});
export type Receivables = z.infer<typeof Receivables>;

export const AgreementFigures = z.object({
  id,
  number: z.string(),
  status: z.string(),
  unit: Named,
  customer: Named,
  startsOn: day,
  endsOn: day,
  amountFen: fen,
  recognisedFen: fen,
  collectedFen: fen,
  outstandingFen: fen,
});
export type AgreementFigures = z.infer<typeof AgreementFigures>;

export const AgreementsReport = z.object({
  items: z.array(AgreementFigures),
  total: z.number().int(),
  totals: z.object({ amountFen: fen, recognisedFen: fen, collectedFen: fen, outstandingFen: fen }),
});
export type AgreementsReport = z.infer<typeof AgreementsReport>;

/** Income (net of VAT) booked to the income accounts (6051 and below), reversals netted. */
export const IncomeReport = z.object({
  from: day,
  to: day,
  months: z.array(day),
  units: z.array(Named),
  byMonthUnit: z.array(z.object({ period: day, unitId: id, netFen: fen })),
  byCustomer: z.array(z.object({ customer: Named, netFen: fen })),
  totalFen: fen,
});
export type IncomeReport = z.infer<typeof IncomeReport>;

/** What the reports' filters offer the reader: HQ and the branches they may read, the customers of the agreements they see, the accounts. */
export const ReportOptions = z.object({
  units: z.array(Named),
  customers: z.array(Named),
  /** The chart of accounts in code order, for the general ledger's account picker. */
  accounts: z.array(z.object({ code: z.string(), name: z.string(), nameEn: z.string().nullable(), leaf: z.boolean() })),
});
export type ReportOptions = z.infer<typeof ReportOptions>;
