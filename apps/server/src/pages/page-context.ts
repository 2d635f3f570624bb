import { type Role, type Translate, translator, type UiLocale } from '@assay/core';
import type { Organisation, User } from '@assay/storage';
import type { Context } from 'hono';
import type { AppEnv } from '../http/env.js';

/** What every page needs to render: the translator, the CSRF token, who is signed in, where we are. */
export type PageContext = {
  readonly t: Translate;
  readonly locale: UiLocale;
  readonly csrfToken: string;
  readonly path: string;
  readonly user?: User;
  readonly organisation?: Organisation;
  readonly role?: Role;
};

export function pageContext(c: Context<AppEnv>): PageContext {
  const actor = c.get('actor');
  const user = c.get('user');
  const organisation = c.get('organisation');
  const locale = c.get('locale') ?? 'en';
  return {
    t: c.get('t') ?? translator(locale),
    locale,
    csrfToken: c.get('csrfToken') ?? '',
    path: new URL(c.req.url).pathname,
    ...(user ? { user } : {}),
    ...(organisation ? { organisation } : {}),
    ...(actor ? { role: actor.role } : {}),
  };
}
