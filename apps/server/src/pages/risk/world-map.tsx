import { countryName, type Material, RISK_BANDS, THEMES } from '@assay/core';
import { LEVEL_FILL, NO_DATA_FILL, SELECTED_STROKE } from '../../risk/level-colours.js';
import type { MapTheme, MapValue } from '../../risk/map-values.js';
import { WORLD_MAP_HEIGHT, WORLD_MAP_WIDTH, type WorldShape, worldShapes } from '../../risk/world-shapes.js';
import { DataTable } from '../components/data-table.js';
import type { PageContext } from '../page-context.js';
import { levelLabel } from './labels.js';
import { LevelSwatch } from './level-swatch.js';

const shapeId = (shape: WorldShape) => `geo-${shape.key}`;

/**
 * The country outlines, once per page, as SVG definitions that every map reuses with `<use>` (a map
 * then costs a few kB instead of ~75 kB). Hidden from assistive technology: the maps carry the text.
 */
export function WorldShapeDefs() {
  return (
    <svg width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        {worldShapes().map((s) => (
          <path id={shapeId(s)} d={s.d} />
        ))}
      </defs>
    </svg>
  );
}

type Props = {
  page: PageContext;
  material: Material;
  theme: MapTheme;
  values: ReadonlyMap<string, Readonly<Record<MapTheme, MapValue>>>;
  selected: ReadonlySet<string>;
};

/** The legend: every level with its colour and score band, no data, and the outline of chosen countries. */
function Legend({ page }: { page: PageContext }) {
  const { t } = page;
  const bands = [...RISK_BANDS].reverse();
  return (
    <ul aria-label={t('risk.map.legend')}>
      {bands.map((band, i) => (
        <li>
          <LevelSwatch level={band.level} /> {levelLabel(t, band.level)} ({band.min}–{(bands[i + 1]?.min ?? 101) - 1})
        </li>
      ))}
      <li>
        <LevelSwatch level={null} /> {t('risk.map.noData')}
      </li>
      <li>
        <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
          <rect x="1" y="1" width="12" height="12" fill="#ffffff" stroke={SELECTED_STROKE} stroke-width="2" />
        </svg>{' '}
        {t('risk.map.selected')}
      </li>
    </ul>
  );
}

/**
 * A world choropleth of one material for one theme (or the highest theme): each country filled by
 * level, with a `<title>` naming country, level and score; the legend; and the same data as a table.
 */
export function WorldMap({ page, material, theme, values, selected }: Props) {
  const { t, locale } = page;
  const themeLabel = (id: string) => THEMES.find((th) => th.id === id)?.label[locale] ?? id;
  const caption = t('risk.map.caption', {
    material: material.name[locale],
    theme: theme === 'top' ? t('risk.form.themeTop') : themeLabel(theme),
  });
  const id = `map-${material.id}`;
  const shapes = worldShapes();
  const shapeValue = (s: WorldShape) => (s.alpha2 ? values.get(s.alpha2)?.[theme] : undefined);
  const nameOf = (s: WorldShape) => (s.alpha2 ? countryName(s.alpha2, locale) : s.name);
  const rows = [...values.entries()]
    .map(([alpha2, v]) => ({ alpha2, name: countryName(alpha2, locale), value: v[theme] }))
    .sort((a, b) => b.value.score - a.value.score || a.name.localeCompare(b.name, locale));
  return (
    <figure aria-labelledby={`${id}-caption`}>
      <svg
        viewBox={`0 0 ${WORLD_MAP_WIDTH} ${WORLD_MAP_HEIGHT}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-title`}
        focusable="false"
      >
        <title id={`${id}-title`}>{caption}</title>
        {shapes.map((s) => {
          const v = shapeValue(s);
          const label = v
            ? `${nameOf(s)}: ${levelLabel(t, v.level)} (${v.score})${theme === 'top' ? ` — ${themeLabel(v.theme)}` : ''}`
            : `${nameOf(s)}: ${t('risk.map.notScored')}`;
          return (
            <use
              href={`#${shapeId(s)}`}
              fill={v ? LEVEL_FILL[v.level] : NO_DATA_FILL}
              stroke="#ffffff"
              stroke-width="0.5"
            >
              <title>{label}</title>
            </use>
          );
        })}
        {shapes
          .filter((s) => s.alpha2 && selected.has(s.alpha2))
          .map((s) => (
            <use href={`#${shapeId(s)}`} fill="none" stroke={SELECTED_STROKE} stroke-width="1.5" />
          ))}
      </svg>
      <figcaption id={`${id}-caption`}>
        <strong>{caption}</strong>
        <Legend page={page} />
      </figcaption>
      <details>
        <summary>{t('risk.map.table')}</summary>
        <DataTable
          columns={[
            t('risk.map.country'),
            t('risk.col.level'),
            t('risk.col.score'),
            theme === 'top' ? t('risk.col.theme') : null,
          ]}
          caption={caption}
          captionClass="muted"
        >
          {rows.map((r) => (
            <tr>
              <th scope="row">{selected.has(r.alpha2) ? <strong>{r.name}</strong> : r.name}</th>
              <td>
                <LevelSwatch level={r.value.level} /> {levelLabel(t, r.value.level)}
              </td>
              <td>{r.value.score}</td>
              {theme === 'top' ? <td>{themeLabel(r.value.theme)}</td> : null}
            </tr>
          ))}
        </DataTable>
      </details>
    </figure>
  );
}
