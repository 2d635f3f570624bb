import { type Country, type Material, type QuickScan, THEMES } from '@assay/core';
import type { PageContext } from '../page-context.js';
import { levelLabel, points } from './labels.js';
import { LevelSwatch } from './level-swatch.js';

/** Origin context of a (material, country): USGS share of world production, or the unlisted-origin red flag. */
export type OriginNote = { readonly sharePct: number | null; readonly unlistedOrigin: boolean };

type Props = {
  page: PageContext;
  heatMap: QuickScan['heatMap'];
  materials: readonly Material[];
  countries: readonly Country[];
  origins: ReadonlyMap<string, OriginNote>;
};

/** Material × country table of the highest theme risk: colour, level in words, score and theme. */
export function HeatMap({ page, heatMap, materials, countries, origins }: Props) {
  const { t, locale } = page;
  const themeLabel = (id: string) => THEMES.find((th) => th.id === id)?.label[locale] ?? id;
  return (
    <section aria-labelledby="heat-map">
      <h2 id="heat-map">{t('risk.heat.title')}</h2>
      <div class="table-wrap">
        <table>
          <caption class="muted">{t('risk.heat.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('risk.heat.material')}</th>
              {countries.map((c) => (
                <th scope="col">{c.name[locale]}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {materials.map((m, i) => (
              <tr>
                <th scope="row">{m.name[locale]}</th>
                {countries.map((c, j) => {
                  const cell = heatMap.cells[i]?.[j] ?? null;
                  const origin = origins.get(`${m.id}|${c.alpha2}`);
                  if (!cell) return <td>—</td>;
                  return (
                    <td>
                      <LevelSwatch level={cell.level} /> <strong>{levelLabel(t, cell.level)}</strong> ({cell.score})
                      <br />
                      <span class="muted">{themeLabel(cell.theme)}</span>
                      {origin?.sharePct ? (
                        <>
                          <br />
                          <span class="muted">
                            {t('risk.heat.producer', { share: points(locale, origin.sharePct) })}
                          </span>
                        </>
                      ) : null}
                      {origin?.unlistedOrigin ? (
                        <>
                          <br />
                          <span class="tag planned">{t('risk.heat.unlisted')}</span>
                        </>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
