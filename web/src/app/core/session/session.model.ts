/** The signed-in user with the roles held per unit (domain/src/contracts/auth.ts). */
export type { SessionRole, SessionUser } from '@portal/domain/contracts';

/** An RFC 9457 problem as the API sends it. */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  errors?: { path: string; message: string }[];
  requestId?: string;
}
