import { COVENANT_TARGET } from '@assay/core';
import type { AssessmentYear } from '@assay/services';
import type { PageContext } from '../page-context.js';
import { percent } from './common.js';

const W = 480;
const H = 200;
const PAD = { left: 40, right: 20, top: 16, bottom: 28 };

/**
 * The overall maturity score per year as a server-rendered line chart with the 80% target line.
 * Values are printed next to the points, and a text summary is the accessible name, so neither
 * colour nor the drawing alone carries the meaning.
 */
export function TrendChart({
  page,
  history,
  id,
}: {
  page: PageContext;
  history: readonly AssessmentYear[];
  id: string;
}) {
  const { t } = page;
  const scored = history.filter((h) => h.overall !== null);
  if (scored.length === 0) return <p class="muted">{t('dd.trend.empty')}</p>;
  const x = (i: number) =>
    scored.length === 1
      ? (PAD.left + W - PAD.right) / 2
      : PAD.left + (i * (W - PAD.left - PAD.right)) / (scored.length - 1);
  const y = (score: number) => PAD.top + ((100 - score) * (H - PAD.top - PAD.bottom)) / 100;
  const points = scored.map((h, i) => `${x(i)},${y(h.overall ?? 0)}`).join(' ');
  const summary = scored.map((h) => `${h.year}: ${percent(page, h.overall)}`).join(', ');
  return (
    <figure class="trend">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        width="100%"
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={`${id}-title`}>{t('dd.trend.title')}</title>
        <desc id={`${id}-desc`}>{t('dd.trend.desc', { values: summary, target: COVENANT_TARGET })}</desc>
        {[0, 20, 40, 60, 80, 100].map((v) => (
          <g>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#d5dae1" stroke-width="1" />
            <text x={PAD.left - 6} y={y(v) + 4} text-anchor="end" font-size="11" fill="#4a5566">
              {v}
            </text>
          </g>
        ))}
        <line
          x1={PAD.left}
          x2={W - PAD.right}
          y1={y(COVENANT_TARGET)}
          y2={y(COVENANT_TARGET)}
          stroke="#8a4b00"
          stroke-width="2"
          stroke-dasharray="6 4"
        />
        <text x={W - PAD.right} y={y(COVENANT_TARGET) - 5} text-anchor="end" font-size="11" fill="#8a4b00">
          {t('dd.trend.target', { target: COVENANT_TARGET })}
        </text>
        {scored.length > 1 ? <polyline points={points} fill="none" stroke="#0b5c6b" stroke-width="2.5" /> : null}
        {scored.map((h, i) => (
          <g>
            <circle cx={x(i)} cy={y(h.overall ?? 0)} r="4.5" fill="#0b5c6b" />
            <text x={x(i)} y={y(h.overall ?? 0) - 9} text-anchor="middle" font-size="12" fill="#1a1f29">
              {percent(page, h.overall)}
            </text>
            <text x={x(i)} y={H - 8} text-anchor="middle" font-size="11" fill="#4a5566">
              {h.year}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
