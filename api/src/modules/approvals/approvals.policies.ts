import type { Knex } from 'knex';
import { MAX_POLICY_STEPS, policyProblems, type PolicyStep } from '@portal/domain';
import { Conflict, Invalid, NotFound } from '../../http/errors';
import type { Actor } from '../../http/route';
import { audit } from '../audit/audit.service';
import { findDocumentType, registeredDocumentTypes } from './approvals.registry';
import * as policies from './approvals.policies.repo';

// Approval policies: the chain of steps each document type goes through, kept by the administrator.

function toPolicy(type: string, row: policies.PolicyRow | undefined) {
  const def = findDocumentType(type);
  return {
    documentType: type,
    label: def?.label ?? null,
    // A seeded policy may wait for its document module; it can be edited once the module registers.
    registered: !!def,
    facts: def?.facts ?? [],
    steps: row?.steps ?? [],
    // 0: no policy yet; saving with version 0 creates it.
    version: row?.version ?? 0,
    updatedAt: row?.updated_at ?? null,
  };
}

export async function browsePolicies(db: Knex) {
  const rows = new Map((await policies.listPolicies(db)).map((r) => [r.document_type, r]));
  // A type whose documents carry their own chain has no policy to show or edit.
  const types = [...new Set([...registeredDocumentTypes().filter((d) => !d.ownChain).map((d) => d.type), ...rows.keys()])].sort();
  return { items: types.map((t) => toPolicy(t, rows.get(t))), total: types.length };
}

export async function replacePolicy(db: Knex, actor: Actor, type: string, input: { version: number; steps: PolicyStep[] }) {
  const def = findDocumentType(type);
  if (!def || def.ownChain) throw new NotFound('approvals.unknownType');
  const problems = policyProblems(input.steps, def.facts);
  if (problems.length) {
    throw new Invalid(problems.map((p) => ({ path: p.path, message: `approvals.policy.${p.problem}`, params: { max: MAX_POLICY_STEPS } })));
  }
  return db.transaction(async (trx) => {
    const before = await policies.findPolicy(trx, type);
    if ((before?.version ?? 0) !== input.version) throw Conflict.stale();
    const after = before
      ? await policies.updatePolicy(trx, type, input.version, input.steps, actor.userId)
      : await policies.insertPolicy(trx, type, input.steps, actor.userId);
    if (!after) throw Conflict.stale();
    await audit(trx, actor, { action: 'approval_policy.update', entity: 'approval_policy', entityId: type, before: before ?? null, after });
    return toPolicy(type, after);
  });
}
