/** Login lockout (Foundation issue): five failures lock the account for 15 minutes. */
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;
/**
 * Five failures lock one username from one client address; this many from any
 * addresses within LOCKOUT_MINUTES lock it everywhere. The first is what a
 * guesser meets; the second stops a spread-out attack without letting one
 * attacker lock a colleague out from every desk with five tries.
 */
export const MAX_FAILED_LOGINS_ANY_ADDRESS = 20;
export const MIN_PASSWORD_LENGTH = 8;
