import { COUNTRIES, type Country, MATERIALS, type Material, THEMES } from '@assay/core';
import type { MapTheme } from '../../risk/map-values.js';
import { MAX_COUNTRIES, MAX_MATERIALS } from '../../risk/scan-query.js';
import type { PageContext } from '../page-context.js';

type Props = {
  page: PageContext;
  materials: readonly Material[];
  countries: readonly Country[];
  theme: MapTheme;
};

/** The scan form: a GET form, so it works without JavaScript and the result has a shareable address. */
export function ScanForm({ page, materials, countries, theme }: Props) {
  const { t, locale } = page;
  const byName = <T extends { name: Readonly<Record<string, string>> }>(list: readonly T[]) =>
    [...list].sort((a, b) => (a.name[locale] ?? '').localeCompare(b.name[locale] ?? '', locale));
  const chosenMaterials = new Set(materials.map((m) => m.id));
  const chosenCountries = new Set(countries.map((c) => c.alpha2));
  return (
    <section class="card" aria-labelledby="scan-form">
      <h2 id="scan-form">{t('risk.form.title')}</h2>
      <form method="get" action="/scan">
        <div class="two-col">
          <div>
            <label for="scan-material">{t('risk.form.materials')}</label>
            <span class="hint" id="scan-material-hint">
              {t('risk.form.multiHint', { max: MAX_MATERIALS })}
            </span>
            <select id="scan-material" name="material" multiple size={12} aria-describedby="scan-material-hint">
              {byName(MATERIALS).map((m) => (
                <option value={m.id} selected={chosenMaterials.has(m.id)}>
                  {m.name[locale]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="scan-country">{t('risk.form.countries')}</label>
            <span class="hint" id="scan-country-hint">
              {t('risk.form.multiHint', { max: MAX_COUNTRIES })}
            </span>
            <select id="scan-country" name="country" multiple size={12} aria-describedby="scan-country-hint">
              {byName(COUNTRIES).map((c) => (
                <option value={c.alpha2} selected={chosenCountries.has(c.alpha2)}>
                  {c.name[locale]} ({c.alpha2})
                </option>
              ))}
            </select>
          </div>
        </div>
        <div>
          <label for="scan-theme">{t('risk.form.theme')}</label>
          <ThemeOptions page={page} theme={theme} id="scan-theme" />
        </div>
        <button type="submit">{t('risk.form.submit')}</button>
      </form>
    </section>
  );
}

/** The theme select (the map's theme), shared by the scan form and the map's own theme switch. */
export function ThemeOptions({ page, theme, id }: { page: PageContext; theme: MapTheme; id: string }) {
  return (
    <select id={id} name="theme">
      <option value="top" selected={theme === 'top'}>
        {page.t('risk.form.themeTop')}
      </option>
      {THEMES.map((th) => (
        <option value={th.id} selected={theme === th.id}>
          {th.label[page.locale]}
        </option>
      ))}
    </select>
  );
}
