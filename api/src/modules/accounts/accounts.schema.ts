import { z } from 'zod';
import { ACCOUNT_CODE } from '@portal/domain';
import { englishName } from '../../http/validate';

/** A sub-account under a parent: its code is the parent's plus two digits (6051.01 → 6051.01.03). */
export const newAccountBody = z.object({
  parentCode: z.string().regex(ACCOUNT_CODE, 'accounts.badCode'),
  code: z.string().regex(ACCOUNT_CODE, 'accounts.badCode'),
  name: z.string().trim().min(1, 'accounts.nameRequired').max(100),
  nameEn: englishName.optional(),
});

export type NewAccountInput = z.output<typeof newAccountBody>;
