import type { SubmissionDiff } from '@assay/core';
import type { SubmissionSummary } from '@assay/storage';
import { Layout } from '../layout.js';
import type { PageContext } from '../page-context.js';
import { ScNav, StatusTag } from './common.js';

type Props = {
  page: PageContext;
  supplier: { id: string; name: string };
  submissions: readonly (SubmissionSummary & { diff: SubmissionDiff | null })[];
};

/** A supplier's templates, newest first, with what changed since the one before. */
export function SupplierHistoryPage({ page, supplier, submissions }: Props) {
  const { t } = page;
  const base = `/o/${page.organisation?.slug ?? ''}`;
  const title = t('sc.history.title', { name: supplier.name });
  return (
    <Layout page={page} title={title}>
      <ScNav page={page} />
      <h1>{title}</h1>
      {submissions.length === 0 ? <p class="card">{t('sc.intake.empty')}</p> : null}
      {submissions.map((s) => (
        <section class="card" aria-labelledby={`h-${s.id}`}>
          <h2 id={`h-${s.id}`}>
            <a href={`${base}/intake/${s.id}`}>{s.fileName}</a> <StatusTag page={page} status={s.status} />
          </h2>
          <p>
            {s.family ? `${s.family} ${s.version}` : ''} · {s.receivedAt.slice(0, 10)}
          </p>
          {!s.diff ? (
            <p>{t('sc.history.first')}</p>
          ) : s.diff.changes.length + s.diff.smeltersAdded.length + s.diff.smeltersRemoved.length === 0 ? (
            <p>{t('sc.history.noChanges')}</p>
          ) : (
            <>
              <h3>{t('sc.history.changes')}</h3>
              {s.diff.changes.length > 0 ? (
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('sc.history.field')}</th>
                      <th scope="col">{t('sc.history.from')}</th>
                      <th scope="col">{t('sc.history.to')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {s.diff.changes.map((c) => (
                      <tr>
                        <th scope="row">{c.field}</th>
                        <td>{c.from ?? '—'}</td>
                        <td>{c.to ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
              {s.diff.smeltersAdded.length > 0 ? (
                <p>
                  {t('sc.history.added')}: {s.diff.smeltersAdded.join('; ')}
                </p>
              ) : null}
              {s.diff.smeltersRemoved.length > 0 ? (
                <p>
                  {t('sc.history.removed')}: {s.diff.smeltersRemoved.join('; ')}
                </p>
              ) : null}
            </>
          )}
        </section>
      ))}
    </Layout>
  );
}
