import { DiscountAuthoritySetting } from '@portal/domain/contracts';
import { AD_READER_ROLES } from '@portal/domain';
import { route } from '../../http/route';
import { replaceAuthorityBody } from './ad-discount-authority.schema';
import * as authority from './ad-discount-authority.service';

export const adDiscountAuthorityRoutes = [
  route({
    method: 'get',
    path: '/ad-discount-authority',
    allow: [...AD_READER_ROLES, 'admin'],
    response: DiscountAuthoritySetting,
    summary: 'The discount authority of each quoting role and the floor (广告费折扣权限)',
    handle: ({ db }) => authority.readAuthority(db),
  }),
  route({
    method: 'put',
    path: '/ad-discount-authority',
    allow: ['admin'],
    response: DiscountAuthoritySetting,
    summary: 'Change the discount authority (with its version)',
    body: replaceAuthorityBody,
    handle: ({ db, actor, body }) => authority.replaceAuthority(db, actor, body),
  }),
];
