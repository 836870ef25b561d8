import { AuditFacets, AuditList } from '@portal/domain/contracts';
import { z } from 'zod';
import { sectionRoles } from '@portal/domain';
import { route } from '../../http/route';
import { listQuery } from '../../http/validate';
import { auditFacets, browseAudit } from './audit.service';

const day = z.iso.date();

const browseQuery = z.object({
  ...listQuery,
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
  sort: z.enum(['at', '-at']).default('-at'),
  actorId: z.coerce.number().int().positive().optional(),
  entity: z.string().max(60).optional(),
  entityId: z.string().max(60).optional(),
  action: z.string().max(60).optional(),
  from: day.optional(),
  to: day.optional(),
});

export const auditRoutes = [
  route({
    method: 'get',
    path: '/audit',
    allow: sectionRoles('audit'),
    response: AuditList,
    summary: 'Browse the audit trail, newest first',
    query: browseQuery,
    handle: ({ db, query }) => browseAudit(db, { ...query, desc: query.sort === '-at' }),
  }),
  route({
    method: 'get',
    path: '/audit/facets',
    allow: sectionRoles('audit'),
    response: AuditFacets,
    summary: 'Entities and actions that occur in the trail, for filters',
    handle: ({ db }) => auditFacets(db),
  }),
];
