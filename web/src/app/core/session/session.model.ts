import type { Role } from '@portal/domain';

export interface SessionRole {
  role: Role;
  unitId: number;
  unitName: string;
}

export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  unitId: number;
  unitName: string;
  roles: SessionRole[];
}

/** An RFC 9457 problem as the API sends it. */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  errors?: { path: string; message: string }[];
  requestId?: string;
}
