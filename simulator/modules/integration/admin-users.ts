import type { Services } from '../../context.ts';
import type { AdminUser } from './types.ts';

/** Creates or replaces the admin user `username` (the simulator starts with `admin`). */
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

export function findAdminUser(s: Services, username: string): AdminUser | undefined {
  return s.store.all<AdminUser>('admin_users').find((u) => u.username === username);
}
