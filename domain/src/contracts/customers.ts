import { z } from 'zod';
import { id, page } from './common';

/** A customer (厂家): a manufacturer that buys ad space. */
export const Customer = z.object({
  id,
  name: z.string(),
  contact: z.string(),
  phone: z.string(),
  address: z.string(),
  /** 统一社会信用代码, 18 characters (GB 32100-2015). */
  uscc: z.string().nullable(),
  active: z.boolean(),
  version: z.number().int(),
});
export type Customer = z.infer<typeof Customer>;

export const CustomerList = page(Customer);
export type CustomerList = z.infer<typeof CustomerList>;
