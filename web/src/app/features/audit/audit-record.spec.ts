import type { AuditEntry } from './audit.api';
import { auditRecord } from './audit-record';

const entry = (e: Partial<AuditEntry>): AuditEntry => ({
  id: 1, at: '2026-11-26T02:00:00.000Z', actorId: 1, actorName: '王芳', action: 'ad_quote.send', entity: 'ad_quote',
  entityId: '7', before: null, after: null, requestId: null, ip: null, ...e,
});

describe('auditRecord', () => {
  const auditor = new Set(['ad-quotes', 'ad-rate-cards', 'prices', 'approvals']);

  it('names a quote by its number and links it for a reader who may open quotes', () => {
    const r = auditRecord(entry({ after: { quote: { id: 7, number: 'BJ-2026-0007' }, lines: [] } }), auditor);
    expect(r).toEqual({ name: 'BJ-2026-0007', shownId: '7', internalId: null, link: '/ad-quotes/7' });
  });

  it('does not link what the reader may not open, and falls back to the id without a name', () => {
    const r = auditRecord(entry({ after: { status: 'sent' } }), new Set(['users']));
    expect(r).toEqual({ name: null, shownId: '7', internalId: null, link: null });
  });

  it('keeps an import’s uuid behind the label', () => {
    const r = auditRecord(entry({ action: 'price.import', entity: 'price_import', entityId: '0b6c1f5e-9d7a-4c1b-8a2e-3f1d2c4b5a69', after: { rows: 12 } }), auditor);
    expect(r.shownId).toBeNull();
    expect(r.internalId).toBe('0b6c1f5e-9d7a-4c1b-8a2e-3f1d2c4b5a69');
    expect(r.link).toBeNull();
  });

  it('sends a price record to its item’s history and names a user by the username', () => {
    expect(auditRecord(entry({ entity: 'price_observation', entityId: '31', after: { itemId: 4 } }), auditor).link).toBe('/prices/history/4');
    expect(auditRecord(entry({ entity: 'user', entityId: '3', after: { username: 'bj_gm' } }), new Set(['users']))).toEqual({
      name: 'bj_gm', shownId: '3', internalId: null, link: '/admin/users',
    });
  });

  it('names the account by the actor when someone signs in, which writes no snapshot', () => {
    expect(auditRecord(entry({ action: 'auth.login', entity: 'user', entityId: '1', actorId: 1 }), new Set()).name).toBe('王芳');
    expect(auditRecord(entry({ action: 'auth.login_failed', entity: 'user', entityId: '2', actorId: null }), new Set()).name).toBeNull();
  });
});
