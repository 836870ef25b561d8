import type { AuditEntry } from './audit.api';

/** Where a kind of record is seen: the section that must be open to the reader, and the page (with the id or without). */
interface RecordPage {
  section: string;
  path: (id: string, snapshot: Record<string, unknown>) => string | null;
}

const RECORD_PAGES: Record<string, RecordPage> = {
  ad_quote: { section: 'ad-quotes', path: (id) => `/ad-quotes/${id}` },
  ad_agreement: { section: 'ad-agreements', path: (id) => `/ad-agreements/${id}` },
  ad_rate_card: { section: 'ad-rate-cards', path: (id) => `/ad-rate-cards/${id}` },
  approval_request: { section: 'approvals', path: (id) => `/approvals/requests/${id}` },
  approval_policy: { section: 'approval-policies', path: () => '/approvals/policies' },
  approval_delegation: { section: 'approvals', path: () => '/approvals/delegations' },
  ad_slot: { section: 'ad-slots', path: () => '/ad-slots' },
  customer: { section: 'customers', path: () => '/customers' },
  user: { section: 'users', path: () => '/admin/users' },
  unit: { section: 'units', path: () => '/admin/units' },
  item: { section: 'prices', path: () => '/prices/items' },
  supplier: { section: 'prices', path: () => '/prices/suppliers' },
  price_observation: { section: 'prices', path: (_, s) => (s['itemId'] ? `/prices/history/${String(s['itemId'])}` : '/prices/history') },
};

/** The fields that name a record to a person, best first; the snapshots the API writes carry one of them. */
const NAME_FIELDS = ['number', 'title', 'username', 'displayName', 'shopName', 'name', 'nameZh', 'month', 'fileName', 'code'];

/** Record types whose id is internal (an import's uuid): shown behind the label, not in the row. */
const INTERNAL_IDS = new Set(['price_import', 'ad_discount_authority', 'system']);

export interface AuditRecord {
  /** The number or name a clerk knows the record by, when the trail row carries it. */
  name: string | null;
  /** The id to show beside the type ("#12"), or null when it is internal or there is none. */
  shownId: string | null;
  /** The internal id, for a tooltip. */
  internalId: string | null;
  /** The page that shows the record, when the reader may open it. */
  link: string | null;
}

/** A snapshot's own fields: a quote's snapshot nests them under `quote`. */
function fieldsOf(value: unknown): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const v = value as Record<string, unknown>;
  return v['quote'] && typeof v['quote'] === 'object' ? (v['quote'] as Record<string, unknown>) : v;
}

function nameIn(snapshot: Record<string, unknown>): string | null {
  for (const key of NAME_FIELDS) {
    const v = snapshot[key];
    if ((typeof v === 'string' && v.trim()) || typeof v === 'number') return String(v);
  }
  return null;
}

/** How the audit log names and links one row's record, for a reader who may open the given sections. */
export function auditRecord(e: AuditEntry, openSections: ReadonlySet<string>): AuditRecord {
  const snapshot = { ...fieldsOf(e.before), ...fieldsOf(e.after) };
  const internal = INTERNAL_IDS.has(e.entity);
  const page = RECORD_PAGES[e.entity];
  const link = page && e.entityId && openSections.has(page.section) ? page.path(e.entityId, snapshot) : null;
  // Signing in and out writes no snapshot: the record is the actor's own account.
  const self = e.entity === 'user' && e.entityId !== null && e.entityId === String(e.actorId) ? e.actorName : null;
  return {
    name: internal ? null : (nameIn(snapshot) ?? self),
    shownId: internal || !e.entityId ? null : e.entityId,
    internalId: internal ? e.entityId : null,
    link,
  };
}
