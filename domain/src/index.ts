export * from './roles';
export * from './units';
export * from './sections';
export * from './password-policy';
export * from './money';
export * from './ad-discounts';
export * from './supplier-prices';
export * from './approvals';
export * from './ad-roles';
export * from './ad-quotes';
export * from './uscc';
export * from './scope';
export * from './amount-in-words';
export * from './problem-types';
export * from './document-types';
export * from './ad-quote-bounds';
export * from './money-bounds';
export * from './audit-labels';
export * from './quantities';
export * from './purchasing-plans';
export * from './purchasing-calendar';
export * from './purchasing-requests';
export * from './purchasing-budgets';
export * from './stock';
export * from './names';
<<<<<<< HEAD
export * from './ad-revenue';
=======
export * from './journal';
>>>>>>> journal
