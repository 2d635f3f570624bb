import type { QuickScan } from '@assay/core';
import type { MapTheme, MapValue } from '../../risk/map-values.js';
import { MAX_COUNTRIES, MAX_MATERIALS, type ScanProblem, type ScanQuery } from '../../risk/scan-query.js';
import { Layout } from '../layout.js';
import type { PageContext } from '../page-context.js';
import { HeatMap, type OriginNote } from './heat-map.js';
import { RiskGroups } from './risk-groups.js';
import { ScanForm, ThemeOptions } from './scan-form.js';
import { WorldMap, WorldShapeDefs } from './world-map.js';

/** What the route computed for a complete, valid query. */
export type ScanResult = {
  readonly scan: QuickScan;
  readonly origins: ReadonlyMap<string, OriginNote>;
  readonly maps: ReadonlyMap<string, ReadonlyMap<string, Readonly<Record<MapTheme, MapValue>>>>;
  /** Address of this scan, to share. */
  readonly href: string;
};

type Props = {
  page: PageContext;
  query: ScanQuery;
  result?: ScanResult | undefined;
  /** A material or a country was given, but not both. */
  needBoth?: boolean;
};

function problemText(page: PageContext, problem: ScanProblem): string {
  const { t, locale } = page;
  switch (problem.kind) {
    case 'unknown_material':
      return t('risk.problem.unknownMaterial', { value: problem.value });
    case 'ambiguous_material':
      return t('risk.problem.ambiguousMaterial', {
        value: problem.value,
        candidates: problem.candidates.map((m) => m.name[locale]).join(', '),
      });
    case 'unknown_country':
      return t('risk.problem.unknownCountry', { value: problem.value });
    case 'unknown_theme':
      return t('risk.problem.unknownTheme', { value: problem.value });
    case 'too_many_materials':
      return t('risk.problem.tooManyMaterials', { value: problem.value, max: MAX_MATERIALS });
    case 'too_many_countries':
      return t('risk.problem.tooManyCountries', { value: problem.value, max: MAX_COUNTRIES });
  }
}

function Problems({ page, query, needBoth }: { page: PageContext; query: ScanQuery; needBoth: boolean }) {
  if (query.problems.length === 0 && !needBoth) return null;
  return (
    <div class="error-summary" role="alert">
      <strong>{page.t('risk.problem.title')}</strong>
      <ul>
        {query.problems.map((p) => (
          <li>{problemText(page, p)}</li>
        ))}
        {needBoth ? <li>{page.t('risk.form.needBoth')}</li> : null}
      </ul>
    </div>
  );
}

/** The maps section: a theme switch (GET, keeps the selection) and one world map per material. */
function Maps({ page, query, result }: { page: PageContext; query: ScanQuery; result: ScanResult }) {
  const { t } = page;
  const selected = new Set(query.countries.map((c) => c.alpha2));
  return (
    <section aria-labelledby="maps">
      <h2 id="maps">{t('risk.map.title')}</h2>
      <p>{t('risk.map.intro')}</p>
      <form method="get" action="/scan#maps">
        {query.materials.map((m) => (
          <input type="hidden" name="material" value={m.id} />
        ))}
        {query.countries.map((c) => (
          <input type="hidden" name="country" value={c.alpha2} />
        ))}
        <label for="map-theme">{t('risk.map.changeTheme')}</label>
        <ThemeOptions page={page} theme={query.theme} id="map-theme" />{' '}
        <button type="submit" class="secondary">
          {t('risk.map.show')}
        </button>
      </form>
      <WorldShapeDefs />
      {query.materials.map((m) => (
        <WorldMap
          page={page}
          material={m}
          theme={query.theme}
          values={result.maps.get(m.id) ?? new Map()}
          selected={selected}
        />
      ))}
    </section>
  );
}

/** The public quick risk scan: form, problems, and for a valid query the heat map, maps and explained risks. */
export function ScanPage({ page, query, result, needBoth = false }: Props) {
  const { t } = page;
  return (
    <Layout page={page} title={t('risk.scan.title')}>
      <h1>{t('risk.scan.title')}</h1>
      <p>{t('risk.scan.intro')}</p>
      <p class="banner">{t('risk.scan.caveat')}</p>
      <Problems page={page} query={query} needBoth={needBoth} />
      <ScanForm page={page} materials={query.materials} countries={query.countries} theme={query.theme} />
      {result ? (
        <section aria-labelledby="results">
          <h2 id="results">{t('risk.result.title')}</h2>
          <p>
            {t('risk.result.method', { version: result.scan.methodVersion })}{' '}
            <a href="/about/data">{t('risk.result.aboutData')}</a> · <a href={result.href}>{t('risk.result.share')}</a>
          </p>
          <HeatMap
            page={page}
            heatMap={result.scan.heatMap}
            materials={query.materials}
            countries={query.countries}
            origins={result.origins}
          />
          <Maps page={page} query={query} result={result} />
          <RiskGroups page={page} groups={result.scan.groups} />
        </section>
      ) : (
        <p>
          <a href="/about/data">{t('risk.result.aboutData')}</a>
        </p>
      )}
    </Layout>
  );
}
