import type { ModuleManifest } from '../../module';
import { attachmentsMessages } from './attachments.messages';
import { attachmentsRoutes } from './attachments.routes';

export const attachmentsModule: ModuleManifest = {
  name: 'attachments',
  routes: attachmentsRoutes,
  messages: attachmentsMessages,
};
