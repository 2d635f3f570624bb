import { assignableRoles, can, ROLES, type Role, type UiMessageKey } from '@assay/core';
import type { AuditEntry, Invitation, Member } from '@assay/storage';
import { DataTable } from './components/data-table.js';
import { InlineForm } from './components/inline-form.js';
import { Notice } from './components/notice.js';
import { ErrorSummary, Field, type FieldErrors } from './form.js';
import { Csrf, Layout } from './layout.js';
import type { PageContext } from './page-context.js';

type Props = {
  page: PageContext;
  members: readonly Member[];
  invitations: readonly Invitation[];
  inviteLink?: { email: string; url: string };
  errors?: FieldErrors;
  message?: string;
  notice?: string;
};

const roleLabel = (page: PageContext, role: Role) => page.t(`settings.role.${role}` as UiMessageKey);

/** Organisation settings: name, members and roles, invitations, and the way to the audit log. */
export function SettingsPage({ page, members, invitations, inviteLink, errors = {}, message, notice }: Props) {
  const { t } = page;
  const base = `/o/${page.organisation?.slug ?? ''}/settings`;
  const manage = page.role ? can(page.role, 'members.manage') : false;
  const assignable = page.role ? assignableRoles(page.role) : [];
  return (
    <Layout page={page} title={t('settings.title')}>
      <h1>{t('settings.title')}</h1>
      <Notice text={notice} />
      <ErrorSummary page={page} message={message} />
      <section class="card" aria-labelledby="org-title">
        <h2 id="org-title">{t('settings.organisation')}</h2>
        {page.role && can(page.role, 'organisation.manage') ? (
          <form method="post" action={`${base}/organisation`}>
            <Csrf page={page} />
            <Field
              name="name"
              label={t('settings.orgName')}
              value={page.organisation?.name}
              error={errors.name}
              required
            />
            <button type="submit">{t('form.save')}</button>
          </form>
        ) : (
          <p>{page.organisation?.name}</p>
        )}
      </section>

      <section class="card" aria-labelledby="members-title">
        <h2 id="members-title">{t('settings.members')}</h2>
        <DataTable
          columns={[t('form.name'), t('form.email'), t('settings.role'), manage ? t('settings.remove') : null]}
        >
          {members.map((m) => (
            <tr>
              <td>
                {m.name} {m.userId === page.user?.id ? <span class="muted">{t('settings.you')}</span> : null}
              </td>
              <td>{m.email}</td>
              <td>
                {manage && m.userId !== page.user?.id ? (
                  <InlineForm page={page} action={`${base}/members/${m.userId}/role`} label={t('form.save')}>
                    <label for={`role-${m.userId}`} class="hint">
                      {t('settings.changeRole')}
                    </label>
                    <select id={`role-${m.userId}`} name="role">
                      {ROLES.filter((r) => assignable.includes(r) || r === m.role).map((r) => (
                        <option value={r} selected={r === m.role}>
                          {roleLabel(page, r)}
                        </option>
                      ))}
                    </select>{' '}
                  </InlineForm>
                ) : (
                  roleLabel(page, m.role)
                )}
              </td>
              {manage ? (
                <td>
                  {m.userId !== page.user?.id ? (
                    <InlineForm
                      page={page}
                      action={`${base}/members/${m.userId}/remove`}
                      label={t('settings.remove')}
                      ariaLabel={`${t('settings.remove')}: ${m.name}`}
                      buttonClass="small danger"
                    />
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </DataTable>
      </section>

      {manage ? (
        <section class="card" aria-labelledby="invite" id="invite">
          <h2 id="invite-title">{t('settings.invite')}</h2>
          {inviteLink ? (
            <div class="notice" role="status">
              <p>{t('settings.inviteLink', { email: inviteLink.email })}</p>
              <code class="link">{inviteLink.url}</code>
            </div>
          ) : null}
          <form method="post" action={`${base}/invitations`}>
            <Csrf page={page} />
            <Field name="email" type="email" label={t('form.email')} error={errors.email} required />
            <label for="invite-role">{t('settings.role')}</label>
            <select id="invite-role" name="role">
              {assignable.map((r) => (
                <option value={r} selected={r === 'editor'}>
                  {roleLabel(page, r)}
                </option>
              ))}
            </select>
            <div>
              <button type="submit">{t('settings.inviteSubmit')}</button>
            </div>
          </form>
          {invitations.length > 0 ? (
            <>
              <h3>{t('settings.openInvitations')}</h3>
              <ul>
                {invitations.map((inv) => (
                  <li>
                    {inv.email} — {roleLabel(page, inv.role)} — {t('settings.expires')} {inv.expiresAt.slice(0, 10)}{' '}
                    <InlineForm
                      page={page}
                      action={`${base}/invitations/${inv.id}/revoke`}
                      label={t('settings.revoke')}
                    />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}

      {page.role && can(page.role, 'audit.read') ? (
        <p>
          <a href={`${base}/audit`}>{t('settings.audit')}</a>
        </p>
      ) : null}
    </Layout>
  );
}

function actorName(entry: AuditEntry, names: Readonly<Record<string, string>>): string {
  const id = entry.actor.userId;
  if (!id) return entry.actor.label;
  return names[id] ?? `${entry.actor.label} ${id.slice(0, 8)}`;
}

/** The audit log, newest first, paged by sequence number, with CSV and JSON export. */
export function AuditPage({
  page,
  entries,
  names,
  older,
}: {
  page: PageContext;
  entries: readonly AuditEntry[];
  /** Member names by user id; former members show the actor label and a short id. */
  names: Readonly<Record<string, string>>;
  older?: number | undefined;
}) {
  const { t } = page;
  const base = `/o/${page.organisation?.slug ?? ''}/settings/audit`;
  return (
    <Layout page={page} title={t('settings.audit')}>
      <h1>{t('settings.audit')}</h1>
      <p>{t('settings.auditIntro')}</p>
      <p>
        <a class="button secondary" href={`${base}/export?format=csv`}>
          {t('settings.auditExportCsv')}
        </a>{' '}
        <a class="button secondary" href={`${base}/export?format=json`}>
          {t('settings.auditExportJson')}
        </a>
      </p>
      <DataTable
        columns={[t('settings.auditWhen'), t('settings.auditWho'), t('settings.auditWhat'), t('settings.auditDetails')]}
      >
        {entries.map((e) => (
          <tr>
            <td>
              <time datetime={e.at}>{e.at.replace('T', ' ').slice(0, 19)}</time>
            </td>
            <td>{actorName(e, names)}</td>
            <td>
              {e.entity} · {e.action}
            </td>
            <td>
              <code>{JSON.stringify(e.summary)}</code>
            </td>
          </tr>
        ))}
      </DataTable>
      {older ? (
        <p>
          <a href={`${base}?before=${older}`}>{t('settings.auditOlder')}</a>
        </p>
      ) : null}
    </Layout>
  );
}
