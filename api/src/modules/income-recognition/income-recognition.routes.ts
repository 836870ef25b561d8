import { MonthEndPreview, MonthEndResult } from '@portal/domain/contracts';
import { MONTH_END_ROLES } from '@portal/domain';
import { route } from '../../http/route';
import { periodParam } from './income-recognition.schema';
import * as recognition from './income-recognition.service';

// 月末结转: finance previews a month's ad income per agreement, then posts it; a re-run posts nothing new.
export const incomeRecognitionRoutes = [
  route({
    method: 'get',
    path: '/periods/:period/month-end',
    allow: MONTH_END_ROLES,
    response: MonthEndPreview,
    summary: "Preview of a month's income per signed agreement (gross, net, VAT, advance applied) and what is already posted",
    params: periodParam,
    handle: ({ db, params }) => recognition.preview(db, params.period),
  }),
  route({
    method: 'post',
    path: '/periods/:period/month-end',
    allow: MONTH_END_ROLES,
    response: MonthEndResult,
    idempotent: true,
    summary: 'Posts the month’s income for every signed agreement not yet recognised (Dr 1122 / Cr 6051.01.01 / Cr 2221.01; advances applied)',
    params: periodParam,
    handle: ({ db, actor, lang, params }) => recognition.run(db, actor, lang, params.period),
  }),
];
