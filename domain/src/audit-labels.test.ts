import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS, isAuditAction, isAuditEntity } from './audit-labels';
import { APPROVAL_ACTIONS } from './approvals';
import { PENALTY_KINDS } from './supplier-prices';

describe('audit labels', () => {
  it('names every action and record type in both languages, no two actions alike', () => {
    for (const labels of [AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS]) {
      for (const [code, { zh, en }] of Object.entries(labels)) {
        assert.ok(zh.trim() && en.trim(), `${code} has both labels`);
        assert.doesNotMatch(zh, /[a-z_]+\.[a-z_]+/, `${code}: the Chinese label is not a code`);
      }
    }
    const zh = Object.values(AUDIT_ACTION_LABELS).map((l) => l.zh);
    const en = Object.values(AUDIT_ACTION_LABELS).map((l) => l.en);
    assert.equal(new Set(zh).size, zh.length);
    assert.equal(new Set(en).size, en.length);
  });

  it('shows 发布报价表 / Published rate card for ad_rate_card.publish', () => {
    assert.deepEqual(AUDIT_ACTION_LABELS['ad_rate_card.publish'], { zh: '发布报价表', en: 'Published rate card' });
  });

  it('labels the codes the API builds from a name: approval.<action> and supplier.<penalty kind>', () => {
    for (const a of APPROVAL_ACTIONS) assert.ok(isAuditAction(`approval.${a}`), `approval.${a}`);
    for (const k of PENALTY_KINDS) assert.ok(isAuditAction(`supplier.${k}`), `supplier.${k}`);
  });

  it('names the record type of every action by its prefix', () => {
    const entityOf: Record<string, string> = { auth: 'user', seed: 'system', approval: 'approval_request', price: 'price_observation' };
    for (const code of Object.keys(AUDIT_ACTION_LABELS)) {
      const prefix = code.split('.')[0];
      assert.ok(isAuditEntity(entityOf[prefix] ?? prefix), code);
    }
    assert.equal(isAuditAction('ad_rate_card.burn'), false);
  });
});
