import { z } from 'zod';

/** An admin user (`admin_user`); the password is kept as given: this is a simulator. */
export const AdminUser = z.object({
  id: z.number(),
  username: z.string(),
  password: z.string(),
  is_active: z.boolean(),
});
export type AdminUser = z.infer<typeof AdminUser>;

/** An issued access token (`oauth_token`), opaque to clients. */
export const AccessToken = z.object({
  token: z.string(),
  user_type: z.enum(['admin', 'customer', 'integration']),
  user_id: z.number(),
  created_at: z.number(),
  revoked: z.boolean(),
});
export type AccessToken = z.infer<typeof AccessToken>;

/** An activated integration with its four OAuth credentials and granted ACL resources. */
export const Integration = z.object({
  id: z.number(),
  name: z.string(),
  consumer_key: z.string(),
  consumer_secret: z.string(),
  access_token: z.string(),
  access_token_secret: z.string(),
  resources: z.union([z.literal('all'), z.array(z.string())]),
  /** A revoked access token is refused (`Access token has been revoked`). */
  revoked: z.boolean().optional(),
});
export type Integration = z.infer<typeof Integration>;
