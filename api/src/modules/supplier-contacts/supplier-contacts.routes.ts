import {
  MySupplierContact,
  SupplierContact,
  SupplierContactInvite,
  SupplierContactInvited,
  SupplierContactList,
  SupplierContactPasswordSet,
} from '@portal/domain/contracts';
import { SUPPLIER_CONTACT_KEEPER_ROLES, SUPPLIER_CONTACT_READER_ROLES } from '@portal/domain';
import { route } from '../../http/route';
import { idParam } from '../../http/validate';
import { browseContactsQuery, checkInviteBody, inviteContactBody, setPasswordBody } from './supplier-contacts.schema';
import * as contacts from './supplier-contacts.service';

export const supplierContactsRoutes = [
  route({
    method: 'get',
    path: '/supplier-contacts',
    allow: SUPPLIER_CONTACT_READER_ROLES,
    response: SupplierContactList,
    summary: "A supplier's contacts (external users), with whether each has set a password and its open link's expiry",
    query: browseContactsQuery,
    handle: ({ db, query }) => contacts.browseContacts(db, query.supplierId),
  }),
  route({
    method: 'post',
    path: '/supplier-contacts',
    allow: SUPPLIER_CONTACT_KEEPER_ROLES,
    response: SupplierContactInvited,
    status: 201,
    summary: 'Invite a contact of a supplier; answers the one-time /set-password link (72 h), shown only now. 409 for a suspended or terminated supplier',
    body: inviteContactBody,
    handle: ({ db, actor, user, lang, body }) => contacts.inviteContact(db, actor, user, lang, body),
  }),
  route({
    method: 'post',
    path: '/supplier-contacts/:id/invite',
    allow: SUPPLIER_CONTACT_KEEPER_ROLES,
    response: SupplierContactInvited,
    summary: 'A new one-time link for a contact; the previous one stops working',
    params: idParam,
    handle: ({ db, actor, lang, params }) => contacts.reinviteContact(db, actor, lang, params.id),
  }),
  route({
    method: 'post',
    path: '/supplier-contacts/:id/deactivate',
    allow: SUPPLIER_CONTACT_KEEPER_ROLES,
    response: SupplierContact,
    summary: 'Switch a contact off: it can no longer sign in and its sessions end; 409 when already off',
    params: idParam,
    handle: ({ db, actor, params }) => contacts.setContactActive(db, actor, params.id, false),
  }),
  route({
    method: 'post',
    path: '/supplier-contacts/:id/reactivate',
    allow: SUPPLIER_CONTACT_KEEPER_ROLES,
    response: SupplierContact,
    summary: 'Switch a contact on again: it signs in with its password as before; 409 when already on',
    params: idParam,
    handle: ({ db, actor, params }) => contacts.setContactActive(db, actor, params.id, true),
  }),
  route({
    method: 'get',
    path: '/supplier-contacts/me',
    allow: ['supplier_contact'],
    response: MySupplierContact,
    summary: 'The signed-in supplier contact and its company',
    handle: ({ db, user }) => contacts.myContact(db, user),
  }),
  route({
    method: 'post',
    path: '/supplier-contacts/invite/check',
    allow: 'public',
    response: SupplierContactInvite,
    summary: 'Whom a one-time link is for (404 when invalid, used or expired); the token travels in the body, not the URL',
    body: checkInviteBody,
    handle: ({ db, body }) => contacts.checkInvite(db, body.token),
  }),
  route({
    method: 'post',
    path: '/supplier-contacts/set-password',
    allow: 'public',
    response: SupplierContactPasswordSet,
    summary: 'A supplier contact sets its password with its one-time link, which is then spent',
    body: setPasswordBody,
    handle: ({ db, actor, body }) => contacts.setPasswordWithLink(db, actor, body.token, body.password),
  }),
];
