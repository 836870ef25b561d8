import { Unit, UnitList } from '@portal/domain/contracts';
import { sectionRoles } from '@portal/domain';
import { route } from '../../http/route';
import { idParam } from '../../http/validate';
import { createUnitBody, updateUnitBody } from './units.schema';
import { browseUnits, createUnit, updateUnit } from './units.service';

export const unitsRoutes = [
  route({
    method: 'get',
    path: '/units',
    // Every screen that picks a unit needs the tree; names are not secrets.
    allow: 'signedIn',
    response: UnitList,
    summary: 'The organisation tree, flat, parents first',
    handle: ({ db }) => browseUnits(db),
  }),
  route({
    method: 'post',
    path: '/units',
    allow: sectionRoles('units'),
    response: Unit,
    status: 201,
    summary: 'Add a unit under a parent',
    body: createUnitBody,
    handle: ({ db, actor, lang, body }) => createUnit(db, actor, lang, body),
  }),
  route({
    method: 'patch',
    path: '/units/:id',
    allow: sectionRoles('units'),
    response: Unit,
    summary: 'Rename, move or (de)activate a unit',
    params: idParam,
    body: updateUnitBody,
    handle: ({ db, actor, lang, params, body }) => updateUnit(db, actor, lang, params.id, body),
  }),
];
