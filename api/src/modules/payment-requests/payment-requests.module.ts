import type { ModuleManifest } from '../../module';
import { paymentRequestDocumentType } from './payment-requests.approvals';
import { paymentRequestsMessages } from './payment-requests.messages';
import { paymentRequestsRoutes } from './payment-requests.routes';
import { paymentRequestsWorkbench } from './payment-requests.workbench';

export const paymentRequestsModule: ModuleManifest = {
  name: 'payment-requests',
  routes: paymentRequestsRoutes,
  messages: paymentRequestsMessages,
  documentTypes: [paymentRequestDocumentType],
  section: 'payment-requests',
  workbench: paymentRequestsWorkbench,
};
