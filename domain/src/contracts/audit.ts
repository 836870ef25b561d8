import { z } from 'zod';
import { id, page, timestamp } from './common';

/** One row of the audit trail: who did what to which record, with the record before and after. */
export const AuditEntry = z.object({
  id,
  at: timestamp,
  actorId: id.nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditList = page(AuditEntry);
export type AuditList = z.infer<typeof AuditList>;

/** The entities and actions that occur in the trail, for the filter lists. */
export const AuditFacets = z.object({ entities: z.array(z.string()), actions: z.array(z.string()) });
export type AuditFacets = z.infer<typeof AuditFacets>;
