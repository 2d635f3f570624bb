import { countryName, THEMES } from '@assay/core';
import type { PrioritisedRisk, RiskHeatMap } from '@assay/services';
import { DataTable } from '../components/data-table.js';
import { SelectField } from '../components/select-field.js';
import type { PageContext } from '../page-context.js';
import { lt, materialLabel, orgBase, tk } from './common.js';

/** A risk's display title: the model's risks in the page's language, own entries as written. */
export function riskTitle(page: PageContext, risk: PrioritisedRisk): string {
  if (risk.source !== 'model') return risk.title;
  return `${themeLabel(page, risk.theme)}: ${materialLabel(page, risk.materialId)} (${countryName(risk.country ?? '', page.locale)})`;
}

export function themeLabel(page: PageContext, theme: string): string {
  const found = THEMES.find((t) => t.id === theme);
  return found ? lt(page, found.label) : theme;
}

const ORDINALS = ['1', '2', '3', '4'] as const;

/** The four OECD assessment selects (scale, scope, irremediable character, likelihood). */
export function AssessmentSelects({
  page,
  idPrefix,
  values,
  errors,
}: {
  page: PageContext;
  idPrefix: string;
  values: Readonly<Record<string, string | number>>;
  errors: Readonly<Record<string, string>>;
}) {
  return (
    <fieldset class="choices">
      <legend>{page.t('dd.risk.assessment')}</legend>
      <p class="hint">{page.t('dd.risk.assessmentHint')}</p>
      {(['scale', 'scope', 'irremediability', 'likelihood'] as const).map((name) => (
        <SelectField
          id={`${idPrefix}-${name}`}
          name={name}
          label={tk(page, 'dd.risk.dim.', name)}
          value={String(values[name] ?? '2')}
          error={errors[name]}
          options={ORDINALS.map((o) => ({ value: o, label: tk(page, `dd.risk.${name}.`, o) }))}
        />
      ))}
    </fieldset>
  );
}

/** Severity × likelihood grid of open risks; every cell says its count in text, colour only adds to it. */
export function HeatMapTable({ page, heat }: { page: PageContext; heat: RiskHeatMap }) {
  const { t } = page;
  return (
    <div class="table-wrap">
      <table class="heat">
        <caption>{t('dd.risks.heatCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dd.risks.severityLikelihood')}</th>
            {ORDINALS.map((l) => (
              <th scope="col">{tk(page, 'dd.risk.likelihood.', l)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[4, 3, 2, 1].map((severity) => (
            <tr>
              <th scope="row">{tk(page, 'dd.risk.scale.', String(severity))}</th>
              {[1, 2, 3, 4].map((likelihood) => {
                const count = heat.cells[severity - 1]?.[likelihood - 1] ?? 0;
                const rank = (severity - 1) * 4 + likelihood;
                return <td class={`heat-cell heat-${rank > 12 ? 4 : rank > 8 ? 3 : rank > 4 ? 2 : 1}`}>{count}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The register as a table, most urgent first. */
export function RegisterTable({ page, risks }: { page: PageContext; risks: readonly PrioritisedRisk[] }) {
  const { t } = page;
  const base = orgBase(page);
  return (
    <DataTable
      columns={[
        t('dd.risks.priority'),
        t('dd.risks.risk'),
        t('dd.risks.severity'),
        t('dd.risk.dim.likelihood'),
        t('dd.risks.status'),
        t('dd.risks.owner'),
      ]}
      caption={t('dd.risks.register')}
      captionClass="visually-hidden"
    >
      {risks.map((r) => (
        <tr>
          <td>{r.priority.rank}</td>
          <th scope="row">
            <a href={`${base}/risks/${r.id}`}>{riskTitle(page, r)}</a>
            <br />
            <span class="muted">
              {tk(page, 'dd.riskSource.', r.source)}
              {r.modelScore === null ? '' : ` · ${t('dd.risks.modelScore', { score: r.modelScore })}`}
            </span>
          </th>
          <td>{r.priority.severity}</td>
          <td>{r.priority.likelihood}</td>
          <td>{tk(page, 'dd.riskStatus.', r.status)}</td>
          <td>{r.ownerName ?? '–'}</td>
        </tr>
      ))}
    </DataTable>
  );
}
