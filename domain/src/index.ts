export * from './roles';
export * from './units';
export * from './sections';
export * from './password-policy';
export * from './money';
export * from './ad-discounts';
export * from './supplier-prices';
export * from './approvals';
