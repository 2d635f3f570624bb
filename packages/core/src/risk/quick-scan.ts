import type { LocalizedText } from '../i18n/locales.js';
import { LEVEL_ADVICE } from './advice.js';
import { type AnnexIIRule, annexIIRulesFor } from './annex-ii-responses.js';
import { LEVEL_RANK, METHOD_VERSION } from './method.js';
import type { Priority } from './prioritise.js';
import type { ExplanationEntry, RiskLevel, ThemeRisk } from './risk-types.js';
import { compareThemeRisks, type RiskRowIssue, scoreRisk } from './score-risk.js';
import { THEME_GROUPS, THEMES, type ThemeGroupId, type ThemeId } from './themes.js';

/** One risk in a quick scan: a theme for a (material, country). */
export type ScanRisk = {
  readonly materialId: string;
  readonly country: string;
  readonly theme: ThemeId;
  readonly label: LocalizedText;
  readonly score: number;
  readonly level: RiskLevel;
  readonly severity: ThemeRisk['severity'];
  readonly likelihood: ThemeRisk['likelihood'];
  readonly priority: Priority;
  readonly explanation: readonly ExplanationEntry[];
  /** Distinct citations of the explanation. */
  readonly sources: readonly string[];
  readonly advice: LocalizedText;
  /** OECD Annex II categories to consider at high levels. */
  readonly annexII: readonly AnnexIIRule[];
};

/** One cell of the heat map: the highest theme of a (material, country). */
export type HeatCell = { readonly score: number; readonly level: RiskLevel; readonly theme: ThemeId } | null;

/** Quick scan output: risks grouped by theme group, a heat map and rows that could not be scored. */
export type QuickScan = {
  readonly methodVersion: string;
  readonly groups: readonly {
    readonly group: ThemeGroupId;
    readonly label: LocalizedText;
    readonly risks: readonly ScanRisk[];
  }[];
  readonly heatMap: {
    readonly materials: readonly string[];
    readonly countries: readonly string[];
    readonly cells: readonly (readonly HeatCell[])[];
  };
  readonly issues: readonly RiskRowIssue[];
};

/**
 * Risks for every (material, country) pair, grouped by theme group (highest first) with explanation,
 * sources and OECD-based advice in English and Dutch, plus a material × country heat map.
 */
export function quickScan(input: {
  readonly materials: readonly string[];
  readonly countries: readonly string[];
}): QuickScan {
  const byGroup = new Map<ThemeGroupId, ScanRisk[]>();
  const issues: RiskRowIssue[] = [];
  const cells = input.materials.map((materialId) =>
    input.countries.map((country): HeatCell => {
      const pair = scoreRisk({ materialId, country });
      if (pair.status !== 'scored') {
        if (
          !issues.some(
            (i) => i.status === pair.status && i.materialId === pair.materialId && i.country === pair.country,
          )
        )
          issues.push(pair);
        return null;
      }
      for (const t of THEMES) {
        const risk = pair.themes[t.id];
        const list = byGroup.get(t.group) ?? [];
        list.push({
          materialId,
          country: pair.country,
          theme: t.id,
          label: t.label,
          score: risk.score,
          level: risk.level,
          severity: risk.severity,
          likelihood: risk.likelihood,
          priority: risk.priority,
          explanation: risk.explanation,
          sources: [...new Set(risk.explanation.map((e) => e.source))],
          advice: LEVEL_ADVICE[risk.level],
          annexII: LEVEL_RANK[risk.level] >= LEVEL_RANK.high ? annexIIRulesFor(t.id) : [],
        });
        byGroup.set(t.group, list);
      }
      return { score: pair.top.score, level: pair.top.level, theme: pair.top.theme };
    }),
  );
  return {
    methodVersion: METHOD_VERSION,
    groups: THEME_GROUPS.map((g) => ({
      group: g.id,
      label: g.label,
      risks: (byGroup.get(g.id) ?? []).sort(compareThemeRisks),
    })),
    heatMap: { materials: input.materials, countries: input.countries, cells },
    issues,
  };
}
