import { PlanningMonth, PlanningYear } from '@portal/domain/contracts';
import { PLANNING_CALENDAR_KEEPER_ROLES, PLANNING_CALENDAR_READER_ROLES } from '@portal/domain';
import { route } from '../../http/route';
import { monthParams, unitParams, updateMonthBody, yearQuery } from './planning-calendar.schema';
import * as calendar from './planning-calendar.service';

// Everyone in the purchasing cycle reads when requests are due; only the buying unit's clerk sets it.
export const planningCalendarRoutes = [
  route({
    method: 'get',
    path: '/planning-calendar/:unit',
    allow: PLANNING_CALENDAR_READER_ROLES,
    response: PlanningYear,
    summary: "A buying unit's (OFFICE, SUPPLY) twelve months of ?year (this year by default): cut-off and status, defaults where unset",
    params: unitParams,
    query: yearQuery,
    handle: ({ db, user, lang, params, query }) => calendar.readYear(db, user, lang, params.unit, query.year),
  }),
  route({
    method: 'get',
    path: '/planning-calendar/:unit/:month',
    allow: PLANNING_CALENDAR_READER_ROLES,
    response: PlanningMonth,
    summary: "One month (YYYY-MM) of a buying unit's calendar: open with the cut-off on the 20th of the month before unless set",
    params: monthParams,
    handle: ({ db, user, lang, params }) => calendar.readMonth(db, user, lang, params.unit, params.month),
  }),
  route({
    method: 'put',
    path: '/planning-calendar/:unit/:month',
    allow: PLANNING_CALENDAR_KEEPER_ROLES,
    response: PlanningMonth,
    summary: "Set a month's cut-off and status (open, consolidating, closed) with its version (0 while on defaults); that unit's clerk only",
    params: monthParams,
    body: updateMonthBody,
    handle: ({ db, user, actor, lang, params, body }) => calendar.updateMonth(db, user, actor, lang, params.unit, params.month, body),
  }),
];
