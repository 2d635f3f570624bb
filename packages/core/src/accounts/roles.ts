/**
 * Roles and what each may do. Owners and admins manage the organisation; editors change its
 * due-diligence data; viewers read. Checked once per route by the server's `authorize` step.
 */
export const ROLES = ['owner', 'admin', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'organisation.read',
  'organisation.manage',
  'members.read',
  'members.manage',
  'audit.read',
  'data.edit',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Readonly<Record<Role, readonly Permission[]>> = {
  owner: PERMISSIONS,
  admin: PERMISSIONS,
  editor: ['organisation.read', 'members.read', 'data.edit'],
  viewer: ['organisation.read', 'members.read'],
};

/** True when `role` grants `permission`. */
export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

/** Roles an actor may hand out: nobody can grant more than they hold; only owners make owners. */
export function assignableRoles(actor: Role): readonly Role[] {
  if (actor === 'owner') return ROLES;
  if (actor === 'admin') return ['admin', 'editor', 'viewer'];
  return [];
}
