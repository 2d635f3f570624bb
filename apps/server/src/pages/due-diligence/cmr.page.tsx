import {
  type CmrIssue,
  type CmrNote,
  CN_2022,
  cmrIssueText,
  countryName,
  type DecimalConvention,
  findCountry,
  formatKg,
  type ImportCheck,
  type ImportLineResult,
  localiseParams,
  splitUnit,
  type UiMessageKey,
} from '@assay/core';
import type { ImporterCheckView } from '@assay/services';
import { DataTable } from '../components/data-table.js';
import { Notice } from '../components/notice.js';
import { COUNTRY_LIST_ID, CountryList, ErrorSummary } from '../form.js';
import { Csrf, Layout } from '../layout.js';
import type { PageContext } from '../page-context.js';
import { longDate, mayEdit, orgBase } from './common.js';

/** One line of the lines form, as typed. */
export type CmrFormLine = {
  readonly cn: string;
  readonly description: string;
  readonly quantity: string;
  readonly unit: string;
  readonly origin: string;
  readonly recycled: boolean;
  /** `yes`, `no`, or empty (not gold, or not known). */
  readonly gold: string;
};

/** The lines form: its lines (as many rows as shown) and the decimal mark the quantities are written with. */
export type CmrLinesForm = { readonly lines: readonly CmrFormLine[]; readonly decimalMark: 'comma' | 'point' };

export const EMPTY_FORM_LINE: CmrFormLine = {
  cn: '',
  description: '',
  quantity: '',
  unit: 'kg',
  origin: '',
  recycled: false,
  gold: '',
};

type Props = {
  page: PageContext;
  view: ImporterCheckView | undefined;
  form: CmrLinesForm;
  /** Which form the problems belong to, so they are shown beside it. */
  failed?: { readonly on: 'lines' | 'upload'; readonly issues?: readonly CmrIssue[]; readonly message?: string };
  notice?: string | undefined;
};

const key = (k: string) => k as UiMessageKey;
const kg = (page: PageContext, n: number) => `${formatKg(n, page.locale)} kg`;

function noteText(page: PageContext, n: CmrNote): string {
  return page.t(key(`cmr.note.${n.code}`), localiseParams(n.params, page.locale));
}

function conventionText(page: PageContext, c: DecimalConvention): string {
  const { t } = page;
  if (c.basis === 'declared' || c.basis === 'delimiter')
    return t(key(`cmr.convention.${c.basis}.${c.mark ?? 'comma'}`));
  if (c.basis === 'figures')
    return t(key(`cmr.convention.figures.${c.mark ?? 'comma'}`), {
      row: (c.mark === 'comma' ? c.commaRows : c.pointRows)[0] ?? '',
    });
  if (c.basis === 'conflict')
    return t('cmr.convention.conflict', { commaRow: c.commaRows[0] ?? '', pointRow: c.pointRows[0] ?? '' });
  return t('cmr.convention.none');
}

/** The problems that stopped a run, each naming its row and field in the page's language. */
function Problems({ page, issues, message }: { page: PageContext; issues?: readonly CmrIssue[]; message?: string }) {
  if (message) return <ErrorSummary page={page} message={message} />;
  if (!issues || issues.length === 0) return null;
  return (
    <div class="error-summary" role="alert">
      <strong>{page.t('cmr.errors.title')}</strong>
      <ul>
        {issues.map((i) => (
          <li>{cmrIssueText(i, page.t, localiseParams(i.params, page.locale))}</li>
        ))}
      </ul>
    </div>
  );
}

function LineRow({ page, line, reading }: { page: PageContext; line: ImportLineResult; reading?: string }) {
  const { t } = page;
  return (
    <tr>
      <th scope="row">{line.row}</th>
      <td>
        <code>{line.cnCode}</code>
      </td>
      <td>{reading ?? kg(page, line.annualKg)}</td>
      <td>
        {line.annexLines.length === 0
          ? '–'
          : line.annexLines.map((a) => (
              <div>
                <code>{a.cnCode}</code> ({t('cmr.annexLine', { row: a.row, part: a.part })}){' '}
                <span class="muted" lang="en">
                  {a.description}
                </span>
              </div>
            ))}
      </td>
      <td>{line.nature ? t(key(`cmr.nature.${line.nature}`)) : '–'}</td>
      <td>
        {line.thresholdKg === null ? '–' : kg(page, line.thresholdKg)}
        {line.thresholdKg !== null && !line.verified ? (
          <>
            {' '}
            <span class="tag planned">{t('cmr.unverified')}</span>
          </>
        ) : null}
      </td>
      <td>{line.annexTotalKg === null ? '–' : kg(page, line.annexTotalKg)}</td>
      <td>
        <span class={line.inScope ? 'tag warn' : 'tag'}>{t(key(`cmr.reason.${line.reason}`))}</span>
        {line.recycled ? (
          <>
            {' '}
            <span class="tag">{t('cmr.recycledTag')}</span>
          </>
        ) : null}
      </td>
      <td>
        {line.notes.length === 0 ? (
          '–'
        ) : (
          <ul class="notes">
            {line.notes.map((n) => (
              <li data-note={n.code}>{noteText(page, n)}</li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

/** The verdict of a check: per line, the gold reading, and the duties of the lines in scope. */
function CheckResult({ page, view }: { page: PageContext; view: ImporterCheckView }) {
  const { t } = page;
  const check: ImportCheck = view.check;
  const readings = new Map(view.data.readings.map((r) => [r.row, r]));
  const origins = new Map(view.data.lines.map((l) => [l.row, l.originCountry]));
  const readingText = (row: number) => {
    const r = readings.get(row);
    if (!r) return undefined;
    const figure = splitUnit(r.figure)[1] ? r.figure : `${r.figure} ${r.unit}`;
    return t('cmr.readAs', { figure, kg: formatKg(r.kg, page.locale) });
  };
  const source =
    view.data.source.kind === 'file' ? t('cmr.source.file', { file: view.data.source.fileName }) : t('cmr.source.form');
  const cnSource = t('cmr.cnSource', { act: '\u0000' }).split('\u0000');
  const cahraLines = check.lines.filter((l) => l.cahra?.countryListed);
  return (
    <section class="card" aria-labelledby="cmr-latest">
      <h2 id="cmr-latest">{t('cmr.latest')}</h2>
      <p class="muted">{t('cmr.checkedOn', { date: longDate(page, view.checkedAt.slice(0, 10)), source })}</p>
      <p id="cmr-status">
        <span class={check.status === 'in_scope' ? 'tag warn' : 'tag'}>{t(key(`cmr.status.${check.status}`))}</span>{' '}
        {t(key(`cmr.statusText.${check.status}`))}
      </p>
      <p>{t('cmr.rule')}</p>
      <p>
        {t('cmr.convention.title')}: {conventionText(page, view.data.convention)}
      </p>
      <DataTable
        caption={t('cmr.linesCaption')}
        captionClass="visually-hidden"
        columns={[
          t('cmr.col.row'),
          t('cmr.col.code'),
          t('cmr.col.quantity'),
          t('cmr.col.annexLine'),
          t('cmr.col.nature'),
          t('cmr.col.threshold'),
          t('cmr.col.total'),
          t('cmr.col.verdict'),
          t('cmr.col.notes'),
        ]}
      >
        {check.lines.map((l) => (
          <LineRow page={page} line={l} {...(readingText(l.row) ? { reading: readingText(l.row) as string } : {})} />
        ))}
      </DataTable>
      {check.lines.some((l) => !l.verified) ? (
        <p class="muted">
          {t('cmr.unverified')}: {t('cmr.unverifiedHint')}
        </p>
      ) : null}
      {cahraLines.length > 0 ? (
        <ul>
          {cahraLines.map((l) => {
            const c = findCountry(origins.get(l.row) ?? '');
            // The list's edition is its publisher's English title: marked as such.
            const [before, after] = t('cmr.cahra', {
              country: c ? countryName(c.alpha2, page.locale) : (origins.get(l.row) ?? ''),
              list: '\u0000',
            }).split('\u0000');
            return (
              <li>
                {t('cmr.where.row', { row: l.row })}: {before}
                <span lang="en">{l.cahra?.listVersion ?? ''}</span>
                {after}
              </li>
            );
          })}
        </ul>
      ) : null}
      {check.gold ? (
        <section aria-labelledby="cmr-gold">
          <h3 id="cmr-gold">{t('cmr.gold.title')}</h3>
          <p>{t('cmr.gold.text', { joint: formatKg(check.gold.jointKg, page.locale) })}</p>
          <p>
            {t(
              key(`cmr.gold.${check.gold.perLine}`),
              localiseParams(
                {
                  unrefined: check.gold.unrefinedKg,
                  refined: check.gold.refinedKg,
                  unknown: check.gold.unknownKg,
                },
                page.locale,
              ),
            )}
          </p>
        </section>
      ) : null}
      <section aria-labelledby="cmr-duties">
        <h3 id="cmr-duties">{t('cmr.duties')}</h3>
        {check.obligations.length === 0 ? (
          <p>{t('cmr.dutiesNone')}</p>
        ) : (
          <ul class="duties">
            {check.obligations.map((o) => (
              <li data-duty={o.id}>
                <strong>{o.article}</strong> {o.text[page.locale]}{' '}
                <span class="muted">
                  ({t('cmr.dutyRows', { rows: o.rows.join(', ') })}
                  {o.verified ? '' : `; ${t('cmr.dutyUnverified')}`})
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {check.lines.some((l) => l.notes.some((n) => n.code === 'cn_change')) ? (
        <p class="muted">
          {cnSource[0]}
          <span lang="en">{CN_2022.act}</span>
          {cnSource[1]}
        </p>
      ) : null}
      <p class="muted">{t('cmr.source')}</p>
    </section>
  );
}

function MarkSelect({ page, id, value, detect }: { page: PageContext; id: string; value: string; detect: boolean }) {
  const { t } = page;
  const options = [
    ...(detect ? [{ value: '', label: t('cmr.mark.detect') }] : []),
    { value: 'comma', label: t('cmr.mark.comma') },
    { value: 'point', label: t('cmr.mark.point') },
  ];
  return (
    <div>
      <label for={id}>{t('cmr.mark.label')}</label>
      <select id={id} name="decimal_mark">
        {options.map((o) => (
          <option value={o.value} selected={o.value === value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function LinesForm({ page, form, failed }: { page: PageContext; form: CmrLinesForm; failed: Props['failed'] }) {
  const { t } = page;
  const label = (row: number, field: string) => t('cmr.where.rowField', { row, field });
  const gold = [
    { value: '', label: `${t('cmr.form.notGold')} / ${t('cmr.form.unknown')}` },
    { value: 'yes', label: t('cmr.form.yes') },
    { value: 'no', label: t('cmr.form.no') },
  ];
  return (
    <section class="card" aria-labelledby="cmr-form">
      <h2 id="cmr-form">{t('cmr.form.title')}</h2>
      <p class="hint">{t('cmr.form.hint')}</p>
      <p class="hint">{t('cmr.form.goldHint')}</p>
      {failed?.on === 'lines' ? (
        <Problems
          page={page}
          {...(failed.issues ? { issues: failed.issues } : {})}
          {...(failed.message ? { message: failed.message } : {})}
        />
      ) : null}
      <form method="post" action={`${orgBase(page)}/cmr`}>
        <Csrf page={page} />
        <input type="hidden" name="lines" value={String(form.lines.length)} />
        <MarkSelect page={page} id="f-lines-mark" value={form.decimalMark} detect={false} />
        <div class="table-wrap">
          <table id="cmr-lines">
            <thead>
              <tr>
                <th scope="col">{t('cmr.col.row')}</th>
                <th scope="col">{t('cmr.col.code')}</th>
                <th scope="col">{t('cmr.form.description')}</th>
                <th scope="col">{t('cmr.form.quantity')}</th>
                <th scope="col">{t('cmr.form.unit')}</th>
                <th scope="col">{t('cmr.form.origin')}</th>
                <th scope="col">{t('cmr.form.recycled')}</th>
                <th scope="col">{t('cmr.form.gold')}</th>
              </tr>
            </thead>
            <tbody>
              {form.lines.map((l, index) => {
                const row = index + 1;
                return (
                  <tr>
                    <th scope="row">{row}</th>
                    <td>
                      <input
                        name={`cn-${row}`}
                        value={l.cn}
                        inputmode="numeric"
                        size={12}
                        aria-label={label(row, t('cmr.field.cn_code'))}
                      />
                    </td>
                    <td>
                      <input
                        name={`description-${row}`}
                        value={l.description}
                        maxlength={200}
                        aria-label={label(row, t('cmr.form.description'))}
                      />
                    </td>
                    <td>
                      <input
                        name={`quantity-${row}`}
                        value={l.quantity}
                        size={10}
                        aria-label={label(row, t('cmr.field.quantity'))}
                      />
                    </td>
                    <td>
                      <input
                        name={`unit-${row}`}
                        value={l.unit}
                        size={4}
                        aria-label={label(row, t('cmr.field.unit'))}
                      />
                    </td>
                    <td>
                      <input
                        name={`origin-${row}`}
                        value={l.origin}
                        size={12}
                        list={COUNTRY_LIST_ID}
                        aria-label={label(row, t('cmr.field.origin_country'))}
                      />
                    </td>
                    <td>
                      <input
                        type="checkbox"
                        name={`recycled-${row}`}
                        value="yes"
                        checked={l.recycled}
                        aria-label={label(row, t('cmr.field.recycled'))}
                      />
                    </td>
                    <td>
                      <select name={`gold-${row}`} aria-label={label(row, t('cmr.field.gold_refined'))}>
                        {gold.map((o) => (
                          <option value={o.value} selected={o.value === l.gold}>
                            {o.label}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <CountryList page={page} />
        <p class="hint">{t('cmr.form.kept')}</p>
        <button type="submit">{t('cmr.form.submit')}</button>{' '}
        <button type="submit" name="more" value="1" class="secondary">
          {t('cmr.form.moreRows')}
        </button>
      </form>
    </section>
  );
}

function UploadForm({ page, failed }: { page: PageContext; failed: Props['failed'] }) {
  const { t } = page;
  return (
    <section class="card" aria-labelledby="cmr-upload">
      <h2 id="cmr-upload">{t('cmr.upload.title')}</h2>
      <p class="hint">{t('cmr.upload.hint')}</p>
      {failed?.on === 'upload' ? (
        <Problems
          page={page}
          {...(failed.issues ? { issues: failed.issues } : {})}
          {...(failed.message ? { message: failed.message } : {})}
        />
      ) : null}
      <form method="post" action={`${orgBase(page)}/cmr/upload`} enctype="multipart/form-data">
        <Csrf page={page} />
        <div>
          <label for="f-cmr-file">{t('cmr.upload.file')}</label>
          <input id="f-cmr-file" name="file" type="file" accept=".csv,.xlsx,text/csv" required />
        </div>
        <MarkSelect page={page} id="f-upload-mark" value="" detect />
        <button type="submit">{t('cmr.upload.submit')}</button>
      </form>
    </section>
  );
}

/** The EU 2017/821 importer check: the latest result, the lines form and the file upload. */
export function CmrPage({ page, view, form, failed, notice }: Props) {
  const { t } = page;
  const edit = mayEdit(page);
  return (
    <Layout page={page} title={t('cmr.title')}>
      <h1>{t('cmr.title')}</h1>
      <p>{t('cmr.intro')}</p>
      <p>
        <a href={`${orgBase(page)}/plan`}>{t('dd.plan.title')}</a>
      </p>
      <Notice text={notice} />
      {view ? <CheckResult page={page} view={view} /> : <p id="cmr-status">{t('cmr.none')}</p>}
      {edit ? (
        <>
          <LinesForm page={page} form={form} failed={failed} />
          <UploadForm page={page} failed={failed} />
        </>
      ) : null}
    </Layout>
  );
}
