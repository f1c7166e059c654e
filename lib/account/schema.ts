import { z } from 'zod';
import { newPasswordSchema } from '@/lib/auth/password';

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ message: 'required' }).min(1, { message: 'required' }).max(1024),
    newPassword: newPasswordSchema,
    confirmPassword: z.string({ message: 'required' }).min(1, { message: 'required' }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], message: 'auth.passwordsDiffer' });
