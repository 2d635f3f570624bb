import { AppError } from '@assay/core';
import {
  changeMemberRole,
  exportAuditLog,
  inviteMember,
  listAuditLog,
  listMembers,
  listOpenInvitations,
  removeMember,
  renameOrganisation,
  revokeInvitation,
} from '@assay/services';
import { type Context, Hono } from 'hono';
import { publicBaseUrl } from '../config.js';
import { readForm } from '../http/body.js';
import type { AppDeps, AppEnv } from '../http/env.js';
import { type FormResult, tryForm } from '../http/form-result.js';
import { actorOf, requirePermission } from '../http/middleware.js';
import { seeOther } from '../http/redirect.js';
import { errorText } from '../pages/error-text.js';
import { fieldErrors } from '../pages/form.js';
import { pageContext } from '../pages/page-context.js';
import { AuditPage, SettingsPage } from '../pages/settings.page.js';

/** Organisation settings: name, members, invitations and the audit log. */
export function settingsRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  const render = async (
    c: Context<AppEnv>,
    extra: { failed?: FormResult<unknown>; inviteLink?: { email: string; url: string }; notice?: string } = {},
  ) => {
    const actor = actorOf(c);
    const [members, invitations] = await Promise.all([
      listMembers(deps.ctx, actor),
      listOpenInvitations(deps.ctx, actor),
    ]);
    const error = extra.failed && !extra.failed.ok ? extra.failed.error : undefined;
    return c.html(
      <SettingsPage
        page={pageContext(c)}
        members={members}
        invitations={invitations}
        inviteLink={extra.inviteLink}
        errors={fieldErrors(pageContext(c), error?.details.issues)}
        message={error ? errorText(pageContext(c), error) : undefined}
        notice={extra.notice}
      />,
      error ? (error.code === 'conflict' ? 409 : 400) : 200,
    );
  };
  const back = (c: Context<AppEnv>) => seeOther(c, `/o/${c.req.param('org')}/settings?saved`);

  app.get('/o/:org/settings', requirePermission('members.read'), (c) =>
    render(c, c.req.query('saved') !== undefined ? { notice: c.get('t')('settings.saved') } : {}),
  );

  app.post('/o/:org/settings/organisation', requirePermission('organisation.manage'), async (c) => {
    const fields = await readForm(c);
    const result = await tryForm(() => renameOrganisation(deps.ctx, actorOf(c), fields.name));
    if (!result.ok) return render(c, { failed: result });
    return back(c);
  });

  app.post('/o/:org/settings/invitations', requirePermission('members.manage'), async (c) => {
    const fields = await readForm(c);
    const result = await tryForm(() => inviteMember(deps.ctx, actorOf(c), fields));
    if (!result.ok) return render(c, { failed: result });
    const url = `${publicBaseUrl(deps.config)}/invite/${result.value.token}`;
    return render(c, { inviteLink: { email: result.value.invitation.email, url } });
  });

  app.post('/o/:org/settings/invitations/:id/revoke', requirePermission('members.manage'), async (c) => {
    await revokeInvitation(deps.ctx, actorOf(c), c.req.param('id'));
    return back(c);
  });

  app.post('/o/:org/settings/members/:userId/role', requirePermission('members.manage'), async (c) => {
    const fields = await readForm(c);
    const result = await tryForm(() => changeMemberRole(deps.ctx, actorOf(c), c.req.param('userId'), fields.role));
    if (!result.ok) return render(c, { failed: result });
    return back(c);
  });

  app.post('/o/:org/settings/members/:userId/remove', requirePermission('members.manage'), async (c) => {
    const result = await tryForm(() => removeMember(deps.ctx, actorOf(c), c.req.param('userId')));
    if (!result.ok) return render(c, { failed: result });
    return back(c);
  });

  app.get('/o/:org/settings/audit', requirePermission('audit.read'), async (c) => {
    const beforeParam = c.req.query('before');
    const before = beforeParam && /^\d+$/.test(beforeParam) ? Number(beforeParam) : undefined;
    const [entries, members] = await Promise.all([
      listAuditLog(deps.ctx, actorOf(c), before === undefined ? { limit: 100 } : { limit: 100, before }),
      listMembers(deps.ctx, actorOf(c)),
    ]);
    const names = Object.fromEntries(members.map((m) => [m.userId, m.name]));
    const last = entries.at(-1);
    return c.html(
      <AuditPage
        page={pageContext(c)}
        entries={entries}
        names={names}
        older={entries.length === 100 && last ? last.seq : undefined}
      />,
    );
  });

  app.get('/o/:org/settings/audit/export', requirePermission('audit.read'), async (c) => {
    const format = c.req.query('format') ?? 'csv';
    if (format !== 'csv' && format !== 'json') throw new AppError('invalid_input', 'Choose format=csv or format=json.');
    const body = await exportAuditLog(deps.ctx, actorOf(c), format);
    const name = `assay-audit-${c.req.param('org')}-${new Date().toISOString().slice(0, 10)}.${format}`;
    c.header('Content-Disposition', `attachment; filename="${name}"`);
    c.header('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8');
    return c.body(body);
  });

  return app;
}
