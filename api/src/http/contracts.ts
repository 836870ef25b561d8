import { AppError } from './errors';
import type { ResponseContract, RouteDef } from './route';

/**
 * Checks a handler's result against its route's declared response, as the client
 * will receive it (JSON: dates become strings, undefined members vanish). Tests run
 * with this on (createApp's checkContracts), so every API test is a contract test;
 * production does not pay for it. Returns what is wrong, or null.
 */
export function contractViolation(contract: ResponseContract, result: unknown): string | null {
  if (contract === 'file') return 'declared as a file download, but the handler returned instead of sending it';
  if (contract === 'empty') return result === undefined ? null : 'declared empty (204), but the handler returned a body';
  if (result === undefined) return 'declared a JSON body, but the handler returned nothing';
  const parsed = contract.safeParse(JSON.parse(JSON.stringify(result)));
  if (parsed.success) return null;
  return parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}

/** Throws when the result breaks the route's contract: loud on purpose, a 500 naming the route and the fields, also on stderr. */
export function assertContract(def: RouteDef, result: unknown): void {
  const wrong = contractViolation(def.response, result);
  if (!wrong) return;
  const message = `${def.method.toUpperCase()} ${def.path}: ${wrong}`;
  console.error(`contract violation: ${message}`);
  throw new AppError(500, 'contract-violation', 'problem.internal', {}, [], { contractViolation: message });
}
