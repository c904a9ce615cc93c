import type { Services } from '../../context.ts';
import type { AdminUser } from './types.ts';

/**
 * Admin users (`admin_user`): the simulator starts with `admin`; scenarios may add others.
 * @see Magento\User\Model\User
 */

/** Creates or replaces the admin user `username`. */
export function upsertAdminUser(s: Services, username: string, password: string): AdminUser {
  const existing = findAdminUser(s, username);
  const user: AdminUser = {
    id: existing?.id ?? s.store.nextId('admin_users'),
    username,
    password,
    is_active: true,
  };
  s.store.put('admin_users', String(user.id), user);
  return user;
}

/** By user name, case-insensitively (MySQL's collation on `admin_user.username`). */
export function findAdminUser(s: Services, username: string): AdminUser | undefined {
  const wanted = username.toLowerCase();
  return s.store.all<AdminUser>('admin_users').find((u) => u.username.toLowerCase() === wanted);
}
