import { SignedIn } from '@portal/domain/contracts';
import { route } from '../../http/route';
import { clearSessionCookies, setSessionCookies } from '../../http/cookies';
import { loginBody } from './auth.schema';
import { login, logout, publicUser } from './auth.service';

export const authRoutes = [
  route({
    method: 'post',
    path: '/auth/login',
    allow: 'public',
    response: SignedIn,
    summary: 'Sign in with username and password; sets the session cookie',
    body: loginBody,
    handle: async ({ req, res, db, config, actor, body }) => {
      const result = await login(db, actor, { ...body, userAgent: req.get('user-agent') ?? null, ttlHours: config.SESSION_TTL_HOURS });
      setSessionCookies(req, res, result.token, result.csrfToken, config.SESSION_TTL_HOURS * 3600_000);
      return { user: publicUser(result.user) };
    },
  }),
  route({
    method: 'get',
    path: '/auth/me',
    allow: 'signedIn',
    openToSupplierContacts: true,
    response: SignedIn,
    summary: 'The signed-in user with roles per unit',
    handle: async ({ user }) => ({ user: publicUser(user) }),
  }),
  route({
    method: 'post',
    path: '/auth/logout',
    allow: 'signedIn',
    openToSupplierContacts: true,
    response: 'empty',
    summary: 'End this session',
    handle: async ({ res, db, actor, user }) => {
      await logout(db, actor, user);
      clearSessionCookies(res);
      return undefined;
    },
  }),
];
