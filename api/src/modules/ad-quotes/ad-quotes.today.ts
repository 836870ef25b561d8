import { calendarDay } from '@portal/domain';

/** The approvals engine's key for ad quotes. */
export const DOCUMENT_TYPE = 'ad_quote';

/** Quotes run on the company's calendar day (China time), whatever the server's zone. */
export const today = () => calendarDay(new Date());
