import { Customer, CustomerList } from '@portal/domain/contracts';
import { AD_QUOTER_ROLES, CUSTOMER_READER_ROLES } from '@portal/domain';
import { route } from '../../http/route';
import { idParam } from '../../http/validate';
import { browseCustomersQuery, createCustomerBody, updateCustomerBody } from './customers.schema';
import * as customers from './customers.service';

// 厂家 are kept by those who quote to them; finance and audit read them.
export const customersRoutes = [
  route({
    method: 'get',
    path: '/customers',
    allow: CUSTOMER_READER_ROLES,
    response: CustomerList,
    summary: 'Customers (厂家), ?q&active',
    query: browseCustomersQuery,
    handle: ({ db, query }) => customers.browseCustomers(db, query),
  }),
  route({
    method: 'get',
    path: '/customers/:id',
    allow: CUSTOMER_READER_ROLES,
    response: Customer,
    summary: 'One customer',
    params: idParam,
    handle: ({ db, params }) => customers.readCustomer(db, params.id),
  }),
  route({
    method: 'post',
    path: '/customers',
    allow: AD_QUOTER_ROLES,
    response: Customer,
    status: 201,
    summary: 'Add a customer; the unified social credit code is checked (GB 32100-2015)',
    body: createCustomerBody,
    handle: ({ db, actor, body }) => customers.createCustomer(db, actor, body),
  }),
  route({
    method: 'put',
    path: '/customers/:id',
    allow: AD_QUOTER_ROLES,
    response: Customer,
    summary: 'Edit or deactivate a customer (with its version)',
    params: idParam,
    body: updateCustomerBody,
    handle: ({ db, actor, params, body }) => customers.updateCustomer(db, actor, params.id, body),
  }),
];
