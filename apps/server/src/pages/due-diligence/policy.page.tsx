import type { PolicyText } from '@assay/core';
import type { PolicyView } from '@assay/services';
import { DataTable } from '../components/data-table.js';
import { Notice } from '../components/notice.js';
import { TextAreaField } from '../components/text-area-field.js';
import { ErrorSummary, Field, type FieldErrors } from '../form.js';
import { Csrf, Layout } from '../layout.js';
import type { PageContext } from '../page-context.js';
import { longDate, lt, mayEdit, orgBase } from './common.js';

type Props = {
  page: PageContext;
  view: PolicyView;
  today: string;
  notice?: string;
  message?: string;
  errors?: FieldErrors;
  values?: Readonly<Record<string, string>>;
};

/** Blocks back to the plain text the edit form uses: paragraphs apart, lists as "- " lines. */
function asPlainText(blocks: readonly PolicyText[]): string {
  return blocks.map((b) => ('p' in b ? b.p : b.ul.map((item) => `- ${item}`).join('\n'))).join('\n\n');
}

function Blocks({ blocks }: { blocks: readonly PolicyText[] }) {
  return (
    <>
      {blocks.map((b) =>
        'p' in b ? (
          <p>{b.p}</p>
        ) : (
          <ul>
            {b.ul.map((item) => (
              <li>{item}</li>
            ))}
          </ul>
        ),
      )}
    </>
  );
}

/** The company policy: the model filled from the profile, editable per section, versioned and approved. */
export function PolicyPage({ page, view, today, notice, message, errors = {}, values = {} }: Props) {
  const { t } = page;
  const base = orgBase(page);
  const editable = mayEdit(page);
  const { policy, current } = view;
  const approved = Boolean(current?.approvedOn);
  return (
    <Layout page={page} title={t('dd.policy.title')}>
      <h1>{t('dd.policy.title')}</h1>
      <p>{t('dd.policy.intro')}</p>
      <Notice text={notice} />
      <ErrorSummary page={page} message={message} />
      <section class="card" aria-labelledby="policy-status">
        <h2 id="policy-status">{t('dd.policy.status')}</h2>
        <p>
          {t('dd.policy.version', { version: policy.version })}:{' '}
          {approved && current?.approvedOn ? (
            <span class="tag">{t('dd.policy.approvedOn', { date: longDate(page, current.approvedOn) })}</span>
          ) : (
            <span class="tag warn">{t('dd.policy.draft')}</span>
          )}
        </p>
        <p>
          {t('dd.policy.export')} <a href={`${base}/policy/export.html?lang=nl`}>{t('dd.policy.exportNl')}</a> ·{' '}
          <a href={`${base}/policy/export.html?lang=en`}>{t('dd.policy.exportEn')}</a> ·{' '}
          <a href={`${base}/policy/export.pdf?lang=nl`}>{t('dd.policy.exportPdfNl')}</a> ·{' '}
          <a href={`${base}/policy/export.pdf?lang=en`}>{t('dd.policy.exportPdfEn')}</a>
        </p>
        <p class="muted">{t('dd.policy.pdfHint')}</p>
        {editable && !approved ? (
          <form method="post" action={`${base}/policy/approve`}>
            <Csrf page={page} />
            <Field
              name="approvedBy"
              label={t('dd.policy.approvedBy')}
              value={values.approvedBy}
              error={errors.approvedBy}
              required
            />
            <Field
              name="approvedOn"
              type="date"
              label={t('dd.policy.approvalDate')}
              value={values.approvedOn ?? today}
              error={errors.approvedOn}
              required
            />
            <button type="submit">{t('dd.policy.approve')}</button>
          </form>
        ) : null}
        {editable && approved ? <p>{t('dd.policy.newVersionHint')}</p> : null}
      </section>

      <article class="policy card" aria-labelledby="policy-doc">
        <h2 id="policy-doc">
          {lt(page, policy.title)}: {policy.companyName}
        </h2>
        {policy.sections.map((s) => (
          <section aria-labelledby={`sec-${s.id}`}>
            <h3 id={`sec-${s.id}`}>
              {lt(page, s.title)} {s.edited ? <span class="tag planned">{t('dd.policy.edited')}</span> : null}
            </h3>
            <Blocks blocks={s.body[page.locale]} />
            {editable ? (
              <details>
                <summary>{t('dd.policy.editSection', { section: lt(page, s.title) })}</summary>
                <form method="post" action={`${base}/policy/sections/${s.id}`}>
                  <Csrf page={page} />
                  <input type="hidden" name="locale" value={page.locale} />
                  <Field
                    id={`sec-${s.id}-title`}
                    name="title"
                    label={t('dd.policy.sectionTitle')}
                    value={lt(page, s.title)}
                  />
                  <TextAreaField
                    id={`sec-${s.id}-body`}
                    name="body"
                    label={t('dd.policy.sectionBody')}
                    hint={t('dd.policy.sectionBodyHint')}
                    value={asPlainText(s.body[page.locale])}
                    rows={8}
                  />
                  <label class="check" for={`sec-${s.id}-omit`}>
                    <input type="checkbox" id={`sec-${s.id}-omit`} name="omit" />
                    {t('dd.policy.omit')}
                  </label>
                  <button type="submit" class="secondary">
                    {t('dd.policy.saveSection')}
                  </button>
                </form>
              </details>
            ) : null}
          </section>
        ))}
      </article>

      <section aria-labelledby="versions-title">
        <h2 id="versions-title">{t('dd.policy.versions')}</h2>
        {view.versions.length === 0 ? (
          <p class="muted">{t('dd.policy.noVersions')}</p>
        ) : (
          <DataTable
            columns={[t('dd.policy.versionCol'), t('dd.policy.approvalCol'), t('dd.policy.export')]}
            caption={t('dd.policy.versions')}
            captionClass="visually-hidden"
          >
            {view.versions.map((v) => (
              <tr>
                <th scope="row">{v.version}</th>
                <td>
                  {v.approvedOn
                    ? t('dd.policy.approvedBy.line', { date: longDate(page, v.approvedOn), by: v.approvedBy ?? '' })
                    : t('dd.policy.draft')}
                </td>
                <td>
                  <a href={`${base}/policy/export.html?lang=${page.locale}&version=${v.version}`}>
                    {t('dd.policy.exportVersion', { version: v.version })}
                  </a>{' '}
                  ·{' '}
                  <a href={`${base}/policy/export.pdf?lang=${page.locale}&version=${v.version}`}>
                    {t('dd.policy.exportVersionPdf', { version: v.version })}
                  </a>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </Layout>
  );
}
