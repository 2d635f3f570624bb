import {
  can,
  type DisputedAnswer,
  OWN_DECLARATION_FAMILIES,
  type OwnAnswerField,
  ownAnswerKey,
  ownMineralName,
  ownQuestionKey,
  type UiMessageKey,
} from '@assay/core';
import type { OwnDeclarationDraft, OwnDeclarationOverview } from '@assay/services';
import { SelectField } from '../components/select-field.js';
import { longDate } from '../due-diligence/common.js';
import { ErrorSummary, Field, type FieldErrors } from '../form.js';
import { Csrf, Layout } from '../layout.js';
import type { PageContext } from '../page-context.js';
import { Notice, ScNav } from './common.js';

type Props = {
  page: PageContext;
  overview: OwnDeclarationOverview;
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

const RMI_TEMPLATES = 'https://www.responsiblemineralsinitiative.org/reporting-templates/';

/** An element id from a review key: `C.Cobalt` → `c-Cobalt`. */
const idPart = (text: string) => text.replace(/[^A-Za-z0-9]+/g, '-');

/** The fields grouped by question, in the order of the template. */
function byQuestion(fields: readonly OwnAnswerField[]): [string, OwnAnswerField[]][] {
  const groups = new Map<string, OwnAnswerField[]>();
  for (const f of fields) groups.set(f.question, [...(groups.get(f.question) ?? []), f]);
  return [...groups];
}

/** Review of the company's own CMRT or EMRT: family, company block, proposed answers, what is missing, download. */
export function OwnDeclarationPage({ page, overview, values, errors = {}, message, notice }: Props) {
  const { t } = page;
  const base = `/o/${page.organisation?.slug ?? ''}`;
  const { draft, family } = overview;
  return (
    <Layout page={page} title={family ? `${t('sc.own.title')}: ${family}` : t('sc.own.title')}>
      <ScNav page={page} />
      <h1>{t('sc.own.title')}</h1>
      <Notice text={notice} />
      <nav aria-labelledby="family-title" class="card">
        <h2 id="family-title">{t('sc.own.choose')}</h2>
        <p class="hint">{t('sc.own.familyHint')}</p>
        <ul>
          {OWN_DECLARATION_FAMILIES.map((f) => {
            const blank = overview.blanks.find((b) => b.family === f);
            const label = blank
              ? t('sc.own.familyOption', { family: f, version: blank.version, file: blank.fileName })
              : t('sc.own.familyMissing', { family: f });
            return (
              <li>
                <a href={`${base}/own-declaration?family=${f}`} aria-current={f === family ? 'page' : undefined}>
                  {label}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
      {draft ? (
        <DraftReview page={page} draft={draft} values={values} errors={errors} message={message} />
      ) : (
        <section class="card" aria-labelledby="no-blank-title">
          <h2 id="no-blank-title">{t('sc.own.noBlankTitle', { family: family ?? 'CMRT / EMRT' })}</h2>
          <ErrorSummary page={page} message={message} />
          <p>{t('sc.own.noBlank', { family: family ?? 'CMRT / EMRT' })}</p>
          <p>{t('sc.own.getBlank', { family: family ?? 'CMRT / EMRT' })}</p>
          <p>
            <a href={RMI_TEMPLATES} rel="noopener noreferrer">
              {t('sc.own.rmiLink')}
            </a>
          </p>
          <p>
            <a href={`${base}/intake`}>{t('sc.templates.toIntake')}</a>
          </p>
        </section>
      )}
    </Layout>
  );
}

function DraftReview({
  page,
  draft,
  values,
  errors,
  message,
}: {
  page: PageContext;
  draft: OwnDeclarationDraft;
  values: Readonly<Record<string, string>> | undefined;
  errors: FieldErrors;
  message: string | undefined;
}) {
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
  const disputed = new Map(draft.disputed.map((x) => [x.key, x]));
  const sources = new Map(draft.companySources.map((x) => [x.key, x]));
  const answerLabel = (value: string) => {
    const key = ownAnswerKey(value);
    return key ? t(key) : value;
  };
  const mineralLabel = (name: string) => ownMineralName(name, page.locale);
  const legend = (id: string) => {
    const key = ownQuestionKey(draft.family, id);
    return key ? t('sc.own.questionLegend', { id, text: t(key) }) : id;
  };
  /** Who said what and the cautious proposal, in the page language. */
  const proposal = (x: DisputedAnswer) =>
    t('sc.own.proposal', {
      proposed: x.proposed === null ? t('sc.own.noProposal') : answerLabel(x.proposed),
      answers: x.bySupplier
        .map((b) =>
          t('sc.own.saidBy', {
            supplier: b.supplier,
            answer: b.answer === null ? t('sc.own.notAnswered') : answerLabel(b.answer),
          }),
        )
        .join('; '),
    });
  const hintFor = (f: OwnAnswerField): string | undefined => {
    const dispute = disputed.get(f.key);
    if (dispute) return proposal(dispute);
    const source = sources.get(f.key);
    if (source)
      return t('sc.own.fromPolicy', {
        version: source.source.version,
        date: longDate(page, source.source.approvedOn),
      });
    // Q1 is always proposed when any supplier's template has the mineral: empty means none has.
    if (f.group === 'mineral' && f.question === 'Q1' && f.value === null && draft.saved?.answers[f.key] === undefined)
      return t('sc.own.noEvidence', { mineral: mineralLabel(f.mineral ?? '') });
    return undefined;
  };

  const answerField = (f: OwnAnswerField) => {
    const name = `answers.${f.key}`;
    const value = values?.[name] ?? f.value ?? '';
    const error = errors[name];
    if (f.comment) {
      return (
        <Field
          name={name}
          id={`q-${idPart(f.question)}-comment`}
          label={t('sc.own.comment', { id: f.question })}
          value={value}
          error={error}
        />
      );
    }
    const label = f.mineral ? mineralLabel(f.mineral) : t('sc.own.answerTo', { id: f.question });
    const id =
      f.group === 'mineral'
        ? `a-${idPart(f.mineral ?? '')}-${idPart(f.question)}`
        : `q-${idPart(f.question)}${f.mineral ? `-${idPart(f.mineral)}` : ''}`;
    if (f.options.length === 0) return <Field name={name} id={id} label={label} value={value} error={error} />;
    const options = [
      { value: '', label: t('sc.own.noAnswer') },
      ...f.options.map((o) => ({ value: o, label: answerLabel(o) })),
      ...(value !== '' && !f.options.includes(value) ? [{ value, label: value }] : []),
    ];
    return (
      <SelectField name={name} id={id} label={label} options={options} value={value} error={error} hint={hintFor(f)} />
    );
  };
  const questions = (group: OwnAnswerField['group']) =>
    byQuestion(draft.fields.filter((f) => f.group === group)).map(([id, fields]) => (
      <fieldset>
        <legend>{legend(id)}</legend>
        {fields.map(answerField)}
      </fieldset>
    ));

  return (
    <>
      <p>{t('sc.own.intro', { family: d.family, file: `${draft.blank.family} ${draft.blank.version}` })}</p>
      <p>{t('sc.own.sources', { family: d.family, count: draft.sources })}</p>
      <p>{t('sc.own.smelters', { count: d.smelters.length })}</p>
      {errorsLeft.length === 0 ? (
        <p class="notice" role="status">
          {t('sc.own.ready')}{' '}
          <a href={`${base}/own-declaration/download?family=${draft.family}`} download>
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
          <input type="hidden" name="family" value={draft.family} />
          <ErrorSummary page={page} message={message} />
          <fieldset>
            <legend>{t('sc.own.company')}</legend>
            {COMPANY_FIELDS.map(([name, label, type]) => (
              <Field name={name} label={t(label)} type={type} value={current[name]} error={errors[name]} />
            ))}
          </fieldset>
          <section aria-labelledby="minerals-title">
            <h2 id="minerals-title">{t('sc.own.minerals')}</h2>
            <p class="hint">{t('sc.own.mineralsHint')}</p>
            {questions('mineral')}
          </section>
          <section aria-labelledby="company-questions-title">
            <h2 id="company-questions-title">{t('sc.own.companyQuestions')}</h2>
            <p class="hint">{t('sc.own.companyHint')}</p>
            {questions('company')}
          </section>
          <button type="submit">{t('sc.own.save')}</button>
        </form>
      ) : null}
    </>
  );
}
