import { route } from '../../http/route';
import { idParam } from '../../http/validate';
import { downloadAttachment } from './attachments.download';

// Any signed-in user may ask; the owning record's read rule decides, and a file that is not
// theirs to see is a 404, as the record itself would be.
export const attachmentsRoutes = [
  route({
    method: 'get',
    path: '/attachments/:id',
    allow: 'signedIn',
    response: 'file',
    summary: "An attached file (PDF, PNG, JPEG) for whoever may read the record it belongs to; ETag is its SHA-256",
    params: idParam,
    handle: ({ db, user, req, res, params }) => downloadAttachment(db, user, req, res, params.id),
  }),
];
