import { z } from "zod";

// The sign-in form's fields, parsed by the handler and, through zodResolver, by the form before it posts: one
// schema for both, in a module the browser may load (sign-in.ts itself is server-only).

export const SignInSchema = z.object({
  // 254 characters is the longest address SMTP carries; checked first, so the address pattern never sees more
  // and the address always fits the sign-in attempts' index.
  email: z.string().trim().max(254, { error: "Enter an email address", abort: true }).toLowerCase().email("Enter an email address"),
  password: z.string().min(1, "Enter your password").max(1024, "That password is too long"),
});
export type SignInInput = z.infer<typeof SignInSchema>;
