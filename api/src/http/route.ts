import type { Request, Response } from 'express';
import type { z } from 'zod';
import type { Role } from '@portal/domain';
import type { Db } from '../db/knex';
import type { Config } from '../config';
import type { Lang } from './lang';
import type { SessionUser } from './session';

/**
 * Who may call a route: anyone, any signed-in user, or holders of the listed
 * roles. Declared beside the route so a test can walk every route and prove it.
 */
export type Access = 'public' | 'signedIn' | readonly Role[];

/** Who is acting, for the audit trail. */
export interface Actor {
  userId: number | null;
  name: string | null;
  requestId: string;
  ip: string | null;
}

/** The caller a handler sees: signed in for every rule but 'public' (mount answers 401 before the handler runs). */
export type UserFor<A extends Access> = A extends 'public' ? SessionUser | null : SessionUser;

export interface RouteContext<B, Q, P, U = SessionUser | null> {
  req: Request;
  res: Response;
  db: Db;
  config: Config;
  lang: Lang;
  user: U;
  actor: Actor;
  body: B;
  query: Q;
  params: P;
}

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

/**
 * What a route answers on success: a JSON body of this contract (domain/src/contracts),
 * 'empty' (204, no body), or 'file' (the handler sends a download itself).
 */
export type ResponseContract = z.ZodType | 'empty' | 'file';

export interface RouteDef<BS = unknown, QS = unknown, PS = unknown, A extends Access = Access> {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  allow: A;
  body?: BS;
  query?: QS;
  params?: PS;
  /** Success status; 200 unless said. */
  status?: number;
  /** The success response, declared once for the API's tests and the web's types. */
  response: ResponseContract;
  /** One line for the route table and the docs. */
  summary: string;
  /**
   * A 'signedIn' route a supplier contact (an external user, issue 15) may also call: only its
   * own session, sign-out and notifications. Every other route refuses them unless its `allow`
   * names 'supplier_contact' (mount.ts; proven by routes.test.ts).
   */
  openToSupplierContacts?: true;
  /** A POST that honours the Idempotency-Key header (http/idempotency.ts). */
  idempotent?: boolean;
  handle: (ctx: RouteContext<Out<BS>, Out<QS>, Out<PS>, UserFor<A>>) => Promise<unknown>;
}

/**
 * Declares a route with its schemas' output types flowing into the handler, and
 * the handler's user narrowed by `allow`: only a 'public' route may see no one.
 */
export function route<
  BS extends z.ZodType | undefined = undefined,
  QS extends z.ZodType | undefined = undefined,
  PS extends z.ZodType | undefined = undefined,
  const A extends Access = Access,
>(def: RouteDef<BS, QS, PS, A>): RouteDef {
  return def as unknown as RouteDef;
}
