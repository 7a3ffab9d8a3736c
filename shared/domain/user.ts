import * as z from 'zod';

/** The five roles of the contract; what each may see is decided server-side. */
export const Role = z.enum(['operator', 'supervisor', 'harbour', 'crew', 'admin']);
/** One of the five roles. */
export type Role = z.infer<typeof Role>;

/** A user as the API shows it (never the password hash). */
export const PublicUser = z.object({
  id: z.string(),
  username: z.string(),
  role: Role,
  harbourId: z.string().optional(),
  vesselMmsi: z.string().optional(),
  /** For crew: the case their vessel is assigned to. */
  assignedCaseId: z.string().optional(),
});
/** A user as the API shows it. */
export type PublicUser = z.infer<typeof PublicUser>;

/** Login request body. */
export const LoginInput = z.object({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(1000),
});
/** Login request body. */
export type LoginInput = z.infer<typeof LoginInput>;
