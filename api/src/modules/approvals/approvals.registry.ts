import type { Knex } from 'knex';
import type { DocumentFact, PolicyStep } from '@portal/domain';
import type { Actor } from '../../http/route';

/** What a document says about itself when it is submitted. */
export interface DocumentDescription {
  /** The unit the document belongs to; its branch and HQ are found from the unit tree. */
  unitId: number;
  /** How people recognise it in an inbox: its number and a few words. */
  title: string;
  amountFen?: number | null;
  /** Share of list price paid, basis points (4500 = 4.5折). */
  paidShareBp?: number | null;
  /** Some department it spends for is over a warn-controlled budget. */
  overBudget?: boolean | null;
  /**
   * The chain this document needs, when its own rules decide it (an ad quote's comes
   * from the discount authority): the policy lookup is skipped and these steps are used.
   * An empty list approves at once.
   */
  steps?: PolicyStep[];
}

/** What the document does when its request ends one way or another; runs in the action's transaction. */
export type ApprovalOutcome = (
  trx: Knex,
  actor: Actor,
  documentId: number,
  detail: { requestId: number; comment: string | null },
) => Promise<void>;

export interface DocumentType {
  /** The key in policies and requests, e.g. 'ad_quote'. */
  type: string;
  label: { zh: string; en: string };
  /** The facts describe() states, so a policy cannot test one the type never gives. */
  facts: readonly DocumentFact[];
  describe(trx: Knex, documentId: number): Promise<DocumentDescription>;
  /**
   * The chain always comes from describe().steps, never from a policy: the type is
   * not listed among the policies and none can be saved for it.
   */
  ownChain?: boolean;
  /**
   * The document may change after a decision and go back to draft (an approved ad
   * quote edited again): it may then be submitted anew as the next round of its request.
   */
  resubmitAfterDecision?: boolean;
  /** The SPA path of the document itself, for the request screen to link to. */
  path?(documentId: number): string;
  onApproved: ApprovalOutcome;
  onRejected?: ApprovalOutcome;
  /** Returned for changes: the document becomes editable again and is submitted anew. */
  onReturned?: ApprovalOutcome;
  onWithdrawn?: ApprovalOutcome;
}

/**
 * A plain in-process map is enough: every API process imports the same document
 * modules, which register at import time, so every process holds the same types.
 */
const types = new Map<string, DocumentType>();

export function registerDocumentType(def: DocumentType): void {
  if (!/^[a-z][a-z0-9_]{1,39}$/.test(def.type)) throw new Error(`document type key "${def.type}" must be snake_case`);
  if (types.has(def.type)) throw new Error(`document type ${def.type} registered twice`);
  types.set(def.type, def);
}

export function findDocumentType(type: string): DocumentType | undefined {
  return types.get(type);
}

/** For code paths that only run for registered types: an unknown one is a programming error. */
export function documentType(type: string): DocumentType {
  const def = types.get(type);
  if (!def) throw new Error(`document type ${type} is not registered with the approvals engine`);
  return def;
}

export function registeredDocumentTypes(): DocumentType[] {
  return [...types.values()];
}
