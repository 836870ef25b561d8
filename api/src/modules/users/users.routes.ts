import { User, UserList } from '@portal/domain/contracts';
import { sectionRoles } from '@portal/domain';
import { route } from '../../http/route';
import { idParam } from '../../http/validate';
import { addGrantBody, browseUsersQuery, createUserBody, grantParams, resetPasswordBody, updateUserBody } from './users.schema';
import * as users from './users.service';

const admins = sectionRoles('users');

export const usersRoutes = [
  route({
    method: 'get',
    path: '/users',
    allow: admins,
    response: UserList,
    summary: 'Users with their role grants, filtered and paged',
    query: browseUsersQuery,
    handle: ({ db, query }) => users.browseUsers(db, query),
  }),
  route({
    method: 'get',
    path: '/users/:id',
    allow: admins,
    response: User,
    summary: 'One user with role grants',
    params: idParam,
    handle: ({ db, params }) => users.readUser(db, params.id),
  }),
  route({
    method: 'post',
    path: '/users',
    allow: admins,
    response: User,
    status: 201,
    summary: 'Create a user with an initial password',
    body: createUserBody,
    handle: ({ db, actor, body }) => users.createUser(db, actor, body),
  }),
  route({
    method: 'patch',
    path: '/users/:id',
    allow: admins,
    response: User,
    summary: 'Rename, move to another unit, enable or disable',
    params: idParam,
    body: updateUserBody,
    handle: ({ db, actor, params, body }) => users.updateUser(db, actor, params.id, body),
  }),
  route({
    method: 'post',
    path: '/users/:id/reset-password',
    allow: admins,
    response: User,
    summary: 'Set a new password; clears lockout and signs the user out',
    params: idParam,
    body: resetPasswordBody,
    handle: ({ db, actor, params, body }) => users.resetPassword(db, actor, params.id, body.password),
  }),
  route({
    method: 'post',
    path: '/users/:id/unlock',
    allow: admins,
    response: User,
    summary: 'Lift a lockout after failed sign-ins',
    params: idParam,
    handle: ({ db, actor, params }) => users.unlockUser(db, actor, params.id),
  }),
  route({
    method: 'post',
    path: '/users/:id/grants',
    allow: admins,
    response: User,
    status: 201,
    summary: 'Grant a role in a unit',
    params: idParam,
    body: addGrantBody,
    handle: ({ db, actor, params, body }) => users.addGrant(db, actor, params.id, body),
  }),
  route({
    method: 'delete',
    path: '/users/:id/grants/:grantId',
    allow: admins,
    response: User,
    summary: 'Revoke a role grant',
    params: grantParams,
    handle: ({ db, actor, params }) => users.removeGrant(db, actor, params.id, params.grantId),
  }),
];
