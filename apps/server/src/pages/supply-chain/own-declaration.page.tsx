import { can, type UiMessageKey } from '@assay/core';
import type { OwnDeclarationDraft } from '@assay/services';
import { ErrorSummary, Field, type FieldErrors } from '../form.js';
import { Csrf, Layout } from '../layout.js';
import type { PageContext } from '../page-context.js';
import { Notice, ScNav } from './common.js';

type Props = {
  page: PageContext;
  draft: OwnDeclarationDraft;
  values?: Readonly<Record<string, string>>;
  errors?: FieldErrors;
  message?: string;
  notice?: string;
};

const COMPANY_FIELDS: [string, UiMessageKey, 'text' | 'email' | 'date'][] = [
  ['name', 'sc.own.name', 'text'],
  ['contactName', 'sc.own.contactName', 'text'],
  ['contactEmail', 'sc.own.contactEmail', 'email'],
  ['contactPhone', 'sc.own.contactPhone', 'text'],
  ['authorizerName', 'sc.own.authorizerName', 'text'],
  ['authorizerTitle', 'sc.own.authorizerTitle', 'text'],
  ['authorizerEmail', 'sc.own.authorizerEmail', 'email'],
  ['authorizerPhone', 'sc.own.authorizerPhone', 'text'],
  ['date', 'sc.own.date', 'date'],
];

/** Review of the company's own declaration: company block, proposed answers, what is still missing, download. */
export function OwnDeclarationPage({ page, draft, values, errors = {}, message, notice }: Props) {
  const { t } = page;
  const base = `/o/${page.organisation?.slug ?? ''}`;
  const mayEdit = page.role ? can(page.role, 'data.edit') : false;
  const d = draft.declaration;
  const current: Record<string, string> = {
    name: d.company.name ?? '',
    contactName: d.company.contact.name ?? '',
    contactEmail: d.company.contact.email ?? '',
    contactPhone: d.company.contact.phone ?? '',
    authorizerName: d.company.authorizer.name ?? '',
    authorizerTitle: d.company.authorizer.title ?? '',
    authorizerEmail: d.company.authorizer.email ?? '',
    authorizerPhone: d.company.authorizer.phone ?? '',
    date: d.date ?? '',
    ...values,
  };
  const errorsLeft = draft.findings.filter((f) => f.severity === 'error');
  const disputed = new Map(draft.disputed.map((x) => [x.field, x]));
  return (
    <Layout page={page} title={t('sc.own.title')}>
      <ScNav page={page} />
      <h1>{t('sc.own.title')}</h1>
      <p>{t('sc.own.intro', { family: d.family, file: `${draft.blank.family} ${draft.blank.version}` })}</p>
      <Notice text={notice} />
      <p>{t('sc.own.smelters', { count: d.smelters.length })}</p>
      {errorsLeft.length === 0 ? (
        <p class="notice" role="status">
          {t('sc.own.ready')}{' '}
          <a href={`${base}/own-declaration/download`} download>
            {t('sc.own.download', { family: d.family })}
          </a>
        </p>
      ) : (
        <section class="card" aria-labelledby="left-title">
          <h2 id="left-title">{t('sc.own.findings')}</h2>
          <ul>
            {errorsLeft.map((f) => (
              <li>
                {[f.sheet, f.cell].filter(Boolean).join(' ')}: {f.message[page.locale]}
              </li>
            ))}
          </ul>
        </section>
      )}
      {mayEdit ? (
        <form method="post" action={`${base}/own-declaration`}>
          <Csrf page={page} />
          <ErrorSummary page={page} message={message} />
          <fieldset>
            <legend>{t('sc.own.company')}</legend>
            {COMPANY_FIELDS.map(([name, label, type]) => (
              <Field name={name} label={t(label)} type={type} value={current[name]} error={errors[name]} />
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('sc.own.minerals')}</legend>
            {d.minerals.map((m) =>
              Object.entries(m.answers).map(([id, a]) => {
                const key = `${m.name}.${id}`;
                const dispute = disputed.get(`${m.name} ${id}`);
                return (
                  <Field
                    name={`answers.${key}`}
                    id={`a-${m.name}-${id}`}
                    label={`${m.name} ${id}`}
                    value={values?.[`answers.${key}`] ?? a.value ?? ''}
                    hint={dispute ? t('sc.own.disputed', { answers: dispute.answers.join(', ') }) : undefined}
                  />
                );
              }),
            )}
          </fieldset>
          <fieldset>
            <legend>{t('sc.own.companyQuestions')}</legend>
            {d.companyQuestions.map((q) => (
              <>
                <Field
                  name={`answers.${q.id}`}
                  id={`q-${q.id}`}
                  label={q.id}
                  value={values?.[`answers.${q.id}`] ?? q.value ?? ''}
                />
                <Field
                  name={`answers.${q.id}.comment`}
                  id={`q-${q.id}-comment`}
                  label={t('sc.own.comment', { id: q.id })}
                  value={values?.[`answers.${q.id}.comment`] ?? q.comment ?? ''}
                />
              </>
            ))}
          </fieldset>
          <button type="submit">{t('sc.own.save')}</button>
        </form>
      ) : null}
    </Layout>
  );
}
