import { z } from 'zod';

export const loginBody = z.object({
  username: z.string('auth.usernameRequired').trim().min(1, 'auth.usernameRequired').max(64),
  password: z.string('auth.passwordRequired').min(1, 'auth.passwordRequired').max(200),
});
