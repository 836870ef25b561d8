import type { Request } from 'express';
import { NotFound } from './errors';

/**
 * A record id in the path is written one way only: decimal digits without a
 * leading zero, sign, space, exponent or radix prefix. Number() would read
 * '0x1', '+1', ' 1', '1.0', '1e0' and '0b1' as 1 and act on a record the caller
 * never named ('/ad-quotes/1e3/submit' submitting quote 1000), so anything else
 * names no record and is a 404. Ten digits pass here so that one beyond
 * PostgreSQL's integers is still the 400 naming the field from the schema.
 */
const CANONICAL_ID = /^[1-9][0-9]{0,9}$/;

/** Path parameters that hold a record id: `:id`, `:itemId`, `:grantId`… */
const isIdParam = (name: string) => name === 'id' || /Id$/.test(name);

export function assertCanonicalPathIds(req: Request): void {
  for (const [name, value] of Object.entries(req.params ?? {})) {
    if (isIdParam(name) && !CANONICAL_ID.test(String(value))) throw new NotFound();
  }
}
