export * from './roles';
export * from './units';
export * from './sections';
export * from './password-policy';
