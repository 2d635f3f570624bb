import { can, type UiMessageKey } from '@assay/core';
import type { SubmissionDetail } from '@assay/services';
import type { Supplier } from '@assay/storage';
import { ErrorSummary } from '../form.js';
import { Csrf, Layout } from '../layout.js';
import type { PageContext } from '../page-context.js';
import { Notice, ScNav, StatusTag } from './common.js';

type Props = {
  page: PageContext;
  submission: SubmissionDetail;
  suppliers: readonly Supplier[];
  request: string;
  requestLocale: 'en' | 'nl';
  notice?: string;
  message?: string;
};

/** One received template: its findings, its supplier (confirm when unsure) and the correction request text. */
export function SubmissionPage({ page, submission: s, suppliers, request, requestLocale, notice, message }: Props) {
  const { t } = page;
  const base = `/o/${page.organisation?.slug ?? ''}`;
  const mayEdit = page.role ? can(page.role, 'data.edit') : false;
  const shown = s.findings.filter((f) => f.severity !== 'info');
  const preselect = s.supplierId ?? s.suggestedSupplierId;
  return (
    <Layout page={page} title={`${t('sc.submission.title')}: ${s.fileName}`}>
      <ScNav page={page} />
      <h1>
        {t('sc.submission.title')}: {s.fileName}
      </h1>
      <Notice text={notice} />
      <dl class="sc-facts">
        <dt>{t('sc.col.status')}</dt>
        <dd>
          <StatusTag page={page} status={s.status} />
        </dd>
        <dt>{t('sc.col.template')}</dt>
        <dd>{s.family ? `${s.family} ${s.version}` : '—'}</dd>
        <dt>{t('sc.submission.company')}</dt>
        <dd>{s.companyName ?? '—'}</dd>
        <dt>{t('sc.submission.declaredOn')}</dt>
        <dd>{s.declaredOn ?? '—'}</dd>
        <dt>{t('sc.submission.link')}</dt>
        <dd>
          {s.supplierName && s.supplierId ? (
            <a href={`${base}/supply-chain/suppliers/${s.supplierId}`}>{s.supplierName}</a>
          ) : (
            t('sc.link.unlinked')
          )}
        </dd>
        <dt>{t('sc.submission.sha')}</dt>
        <dd>
          <code>{s.sha256}</code>
        </dd>
      </dl>
      {mayEdit && s.linkStatus !== 'linked' ? (
        <section class="card" aria-labelledby="link-title">
          <h2 id="link-title">{t('sc.submission.link')}</h2>
          <ErrorSummary page={page} message={message} />
          <form method="post" action={`${base}/intake/${s.id}/link`}>
            <Csrf page={page} />
            <label for="f-supplierId">{t('sc.submission.linkHint')}</label>
            <select id="f-supplierId" name="supplierId" required>
              {s.companyName ? (
                <option value="new">{t('sc.submission.linkNew', { name: s.companyName })}</option>
              ) : null}
              {suppliers.map((x) => (
                <option value={x.id} selected={x.id === preselect}>
                  {x.name}
                </option>
              ))}
            </select>
            <button type="submit">{t('sc.submission.linkSave')}</button>
          </form>
        </section>
      ) : null}
      <h2>{t('sc.submission.findings')}</h2>
      {shown.length === 0 ? (
        <p class="card">{t('sc.submission.noFindings')}</p>
      ) : (
        <div class="table-wrap">
          <table id="findings">
            <thead>
              <tr>
                <th scope="col">{t('sc.submission.severity')}</th>
                <th scope="col">{t('sc.submission.where')}</th>
                <th scope="col">{t('sc.submission.message')}</th>
                <th scope="col">{t('sc.submission.fix')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((f) => (
                <tr>
                  <td>{t(`sc.severity.${f.severity}` as UiMessageKey)}</td>
                  <td>{[f.sheet, f.cell].filter(Boolean).join(' ') || '—'}</td>
                  <td>{f.message[page.locale]}</td>
                  <td>{f.fix[page.locale]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {s.status !== 'valid' ? (
        <section class="card" aria-labelledby="request-title">
          <h2 id="request-title">{t('sc.submission.request')}</h2>
          <p>
            {t('sc.submission.requestIn')}{' '}
            <a href={`?request=en`} hreflang="en" aria-current={requestLocale === 'en' ? 'true' : undefined}>
              English
            </a>{' '}
            ·{' '}
            <a href={`?request=nl`} hreflang="nl" aria-current={requestLocale === 'nl' ? 'true' : undefined}>
              Nederlands
            </a>
          </p>
          <label for="request-text">{t('sc.submission.requestHint')}</label>
          <textarea id="request-text" rows={16} readonly lang={requestLocale} class="sc-request">
            {request}
          </textarea>
        </section>
      ) : null}
    </Layout>
  );
}
