import { Supplier, SupplierList, ViolationList, ViolationRecorded } from '@portal/domain/contracts';
import { PRICE_EDITOR_ROLES, PRICE_READER_ROLES } from '@portal/domain';
import { route } from '../../http/route';
import { idParam } from '../../http/validate';
import { browseSuppliersQuery, createSupplierBody, recordViolationBody, updateSupplierBody } from './suppliers.schema';
import * as suppliers from './suppliers.service';

// Suppliers are shared by both buying units: either unit's clerk may keep them.
export const suppliersRoutes = [
  route({
    method: 'get',
    path: '/suppliers',
    allow: PRICE_READER_ROLES,
    response: SupplierList,
    summary: "Online shops with this year's penalty points and standing; ?eligible=true for those open to new purchases",
    query: browseSuppliersQuery,
    handle: ({ db, query }) => suppliers.browseSuppliers(db, query),
  }),
  route({
    method: 'get',
    path: '/suppliers/:id',
    allow: PRICE_READER_ROLES,
    response: Supplier,
    summary: 'One supplier with its standing',
    params: idParam,
    handle: ({ db, params }) => suppliers.readSupplier(db, params.id),
  }),
  route({
    method: 'post',
    path: '/suppliers',
    allow: PRICE_EDITOR_ROLES,
    response: Supplier,
    status: 201,
    summary: 'Add an online shop',
    body: createSupplierBody,
    handle: ({ db, actor, lang, body }) => suppliers.createSupplier(db, actor, lang, body),
  }),
  route({
    method: 'patch',
    path: '/suppliers/:id',
    allow: PRICE_EDITOR_ROLES,
    response: Supplier,
    summary: 'Edit or deactivate a supplier (with its version)',
    params: idParam,
    body: updateSupplierBody,
    handle: ({ db, actor, lang, params, body }) => suppliers.updateSupplier(db, actor, lang, params.id, body),
  }),
  route({
    method: 'get',
    path: '/suppliers/:id/violations',
    allow: PRICE_READER_ROLES,
    response: ViolationList,
    summary: 'Penalty events of a supplier, newest first, with its standing',
    params: idParam,
    handle: ({ db, params }) => suppliers.browseViolations(db, params.id),
  }),
  route({
    method: 'post',
    path: '/suppliers/:id/violations',
    allow: PRICE_EDITOR_ROLES,
    response: ViolationRecorded,
    status: 201,
    summary: 'Record a violation (points) or a rectification outcome',
    params: idParam,
    body: recordViolationBody,
    handle: ({ db, actor, params, body }) => suppliers.recordViolation(db, actor, params.id, body),
  }),
];
