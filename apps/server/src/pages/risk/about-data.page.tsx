import { datasets, METHOD_VERSION } from '@assay/core';
import { Layout } from '../layout.js';
import type { PageContext } from '../page-context.js';

/** Every bundled dataset with provenance, licence, checksum and redistribution status; the method version. */
export function AboutDataPage({ page }: { page: PageContext }) {
  const { t, locale } = page;
  return (
    <Layout page={page} title={t('data.title')}>
      <h1>{t('data.title')}</h1>
      <p>{t('data.intro')}</p>
      <p>{t('data.method', { version: METHOD_VERSION })}</p>
      {datasets.map((d) => (
        <section class="card" id={`ds-${d.id}`} aria-labelledby={`ds-${d.id}-title`}>
          <h2 id={`ds-${d.id}-title`}>{d.title[locale]}</h2>
          <table>
            <tbody>
              <tr>
                <th scope="row">{t('data.publisher')}</th>
                <td>{d.publisher}</td>
              </tr>
              <tr>
                <th scope="row">{t('data.edition')}</th>
                <td>{d.edition}</td>
              </tr>
              <tr>
                <th scope="row">{t('data.retrieved')}</th>
                <td>
                  <time datetime={d.retrieved}>{d.retrieved}</time>
                </td>
              </tr>
              <tr>
                <th scope="row">{t('data.url')}</th>
                <td>
                  <a href={d.url} rel="noopener noreferrer">
                    {d.url}
                  </a>
                </td>
              </tr>
              <tr>
                <th scope="row">{t('data.licence')}</th>
                <td lang="en">{d.licence}</td>
              </tr>
              <tr>
                <th scope="row">{t('data.attribution')}</th>
                <td lang="en">{d.attribution}</td>
              </tr>
              <tr>
                <th scope="row">{t('data.redistribution')}</th>
                <td>{t(`data.redistribution.${d.redistribution}`)}</td>
              </tr>
              <tr>
                <th scope="row">{t('data.file')}</th>
                <td>
                  <code>{d.file}</code>
                </td>
              </tr>
              <tr>
                <th scope="row">{t('data.checksum')}</th>
                <td>
                  <code class="link">{d.checksum}</code>
                </td>
              </tr>
            </tbody>
          </table>
        </section>
      ))}
      <section class="card" aria-labelledby="map-data">
        <h2 id="map-data">{t('data.map.title')}</h2>
        <p>{t('data.map.body')}</p>
      </section>
      <p>
        <a href="/scan">{t('data.backToScan')}</a>
      </p>
    </Layout>
  );
}
