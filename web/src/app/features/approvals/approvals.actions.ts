import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { RequestAction } from './approvals.api';

/** What happens on the approval screens that other parts of the app care about (the toolbar's counts). */
export const ApprovalRequestPageActions = createActionGroup({
  source: 'Approval Request Page',
  events: {
    'Action Taken': props<{ requestId: number; action: RequestAction }>(),
  },
});

export const InboxPageActions = createActionGroup({
  source: 'Inbox Page',
  events: {
    'Opened': emptyProps(),
  },
});
