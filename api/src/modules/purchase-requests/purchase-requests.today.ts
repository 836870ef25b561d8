/** The approvals engine's key for department requests. */
export const DOCUMENT_TYPE = 'purchase_request';
