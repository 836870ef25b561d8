import type { ModuleManifest } from '../../module';
import { incomeRecognitionMessages } from './income-recognition.messages';
import { incomeRecognitionRoutes } from './income-recognition.routes';

export const incomeRecognitionModule: ModuleManifest = {
  name: 'income-recognition',
  routes: incomeRecognitionRoutes,
  messages: incomeRecognitionMessages,
  section: 'income-recognition',
};
