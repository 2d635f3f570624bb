import type { AnnexIIRule, EffectivenessReview, EscalationDecision } from '@assay/core';
import type { PrioritisedRisk } from '@assay/services';
import type { DdRecord, PlanAction } from '@assay/storage';
import { ErrorSummary, type FieldErrors } from '../form.js';
import type { PageContext } from '../page-context.js';

/** Which form on the page failed, with what was sent. */
export type RiskFormFailure = {
  form: 'edit' | 'action' | 'escalation' | 'review' | `action-${string}`;
  message: string;
  errors: FieldErrors;
  values: Readonly<Record<string, string | string[]>>;
};

/** Everything the risk page shows. */
export type Props = {
  page: PageContext;
  risk: PrioritisedRisk;
  annexII: readonly AnnexIIRule[];
  actions: readonly PlanAction[];
  escalations: readonly DdRecord<EscalationDecision>[];
  reviews: readonly DdRecord<EffectivenessReview>[];
  today: string;
  notice?: string;
  failed?: RiskFormFailure;
};

export const str = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
export const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);

/** What a failed form of this page sent back, to fill it in again: the failure, a value by name, the errors. */
export function refill(failed: RiskFormFailure | undefined, form: RiskFormFailure['form']) {
  const mine = failed?.form === form ? failed : undefined;
  return { mine, v: (k: string) => str(mine?.values[k]), e: mine?.errors ?? {} };
}

export function FailedSummary({ page, failed, form }: { page: PageContext; failed?: RiskFormFailure; form: string }) {
  return failed?.form === form ? <ErrorSummary page={page} message={failed.message} /> : null;
}
