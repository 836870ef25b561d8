import { z } from 'zod';
import { dbId } from '../../http/validate';
import { AD_QUOTER_ROLES } from '@portal/domain';

const share = z.number().int().min(1).max(10000);

/** The quoting roles and the lowest paid share (basis points) each may give alone. */
export const replaceAuthorityBody = z.object({
  version: dbId,
  floorBp: share,
  authority: z.object(Object.fromEntries(AD_QUOTER_ROLES.map((r) => [r, share])) as Record<string, typeof share>).strict(),
});

export type ReplaceAuthority = z.output<typeof replaceAuthorityBody>;
