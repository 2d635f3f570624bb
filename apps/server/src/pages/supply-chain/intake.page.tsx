import { can } from '@assay/core';
import type { IntakeBoard, IntakeResult } from '@assay/services';
import { ErrorSummary } from '../form.js';
import { Csrf, Layout } from '../layout.js';
import type { PageContext } from '../page-context.js';
import { ScNav, StatusTag } from './common.js';

type Props = {
  page: PageContext;
  board: IntakeBoard;
  results?: readonly (IntakeResult | { file: string; error: string })[];
  message?: string;
  maxFileMb: number;
};

/** The intake board: upload (drag and drop with progress when JavaScript runs; a plain multi-file form otherwise) and every received template. */
export function IntakePage({ page, board, results, message, maxFileMb }: Props) {
  const { t } = page;
  const base = `/o/${page.organisation?.slug ?? ''}`;
  const mayEdit = page.role ? can(page.role, 'data.edit') : false;
  const counts: [keyof IntakeBoard['counts'], Parameters<typeof t>[0]][] = [
    ['received', 'sc.intake.count.received'],
    ['valid', 'sc.intake.count.valid'],
    ['needsCorrection', 'sc.intake.count.needsCorrection'],
    ['unreadable', 'sc.intake.count.unreadable'],
    ['overdue', 'sc.intake.count.overdue'],
    ['toConfirm', 'sc.intake.count.toConfirm'],
  ];
  return (
    <Layout page={page} title={t('sc.intake.title')}>
      <ScNav page={page} />
      <h1>{t('sc.intake.title')}</h1>
      <p>{t('sc.intake.intro')}</p>
      <ul class="sc-counts" aria-label={t('sc.intake.board')}>
        {counts.map(([key, label]) => (
          <li class="card">
            <strong>{board.counts[key]}</strong> {t(label)}
          </li>
        ))}
      </ul>
      {mayEdit ? (
        <section class="card" aria-labelledby="upload-title">
          <h2 id="upload-title">{t('sc.intake.upload')}</h2>
          <ErrorSummary page={page} message={message} />
          <form
            method="post"
            action={`${base}/intake`}
            enctype="multipart/form-data"
            id="intake-form"
            data-max-bytes={String(maxFileMb * 1024 * 1024)}
          >
            <Csrf page={page} />
            <div class="dropzone" id="intake-drop">
              <label for="intake-files">{t('sc.intake.files')}</label>
              <span class="hint" id="intake-files-hint">
                {t('sc.intake.filesHint', { size: maxFileMb })}
              </span>
              <input
                id="intake-files"
                name="files"
                type="file"
                multiple
                accept=".xlsx,.xlsm,.xls"
                aria-describedby="intake-files-hint"
                required
              />
            </div>
            <button type="submit">{t('sc.intake.submit')}</button>
          </form>
          <ul id="intake-progress" class="sc-progress" aria-live="polite"></ul>
          <script src="/assets/intake.js" defer></script>
        </section>
      ) : null}
      {results && results.length > 0 ? (
        <section aria-labelledby="results-title">
          <h2 id="results-title">{t('sc.intake.results')}</h2>
          <ul>
            {results.map((r) => (
              <li>
                {r.file}:{' '}
                {'error' in r ? (
                  <span class="field-error">{r.error}</span>
                ) : (
                  <>
                    <StatusTag page={page} status={r.duplicate ? 'duplicate' : r.status} />{' '}
                    {r.family ? `${r.family} ${r.version}` : ''} {r.supplier ?? ''}
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {board.overdue.length > 0 ? (
        <section aria-labelledby="overdue-title">
          <h2 id="overdue-title">{t('sc.intake.overdueTitle')}</h2>
          <ul>
            {board.overdue.map((o) => (
              <li>
                <a href={`${base}/supply-chain/suppliers/${o.supplierId}`}>{o.name}</a> — {t('sc.col.due')} {o.due}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <h2>{t('sc.intake.board')}</h2>
      {board.submissions.length === 0 ? (
        <p class="card">{t('sc.intake.empty')}</p>
      ) : (
        <div class="table-wrap">
          <table id="intake-board">
            <thead>
              <tr>
                <th scope="col">{t('sc.col.file')}</th>
                <th scope="col">{t('sc.col.supplier')}</th>
                <th scope="col">{t('sc.col.template')}</th>
                <th scope="col">{t('sc.col.status')}</th>
                <th scope="col">{t('sc.col.findings')}</th>
                <th scope="col">{t('sc.col.received')}</th>
              </tr>
            </thead>
            <tbody>
              {board.submissions.map((s) => (
                <tr>
                  <th scope="row">
                    <a href={`${base}/intake/${s.id}`}>{s.fileName}</a>
                  </th>
                  <td>
                    {s.supplierName ??
                      (s.linkStatus === 'unsure' && s.suggestedName
                        ? t('sc.link.unsure', { name: s.suggestedName })
                        : `${t('sc.link.unlinked')}${s.companyName ? ` (${s.companyName})` : ''}`)}
                  </td>
                  <td>{s.family ? `${s.family} ${s.version}` : '—'}</td>
                  <td>
                    <StatusTag page={page} status={s.status} />
                  </td>
                  <td>
                    {s.errors} / {s.warnings}
                  </td>
                  <td>{s.receivedAt.slice(0, 16).replace('T', ' ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
