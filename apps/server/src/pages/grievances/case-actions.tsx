import {
  ALLOWED_FROM,
  CASE_EVENT_TYPES,
  CASE_OUTCOMES,
  type CaseEventType,
  GRIEVANCE_CATEGORIES,
  REMEDY_RESULTS,
  type UiMessageKey,
} from '@assay/core';
import type { Member, StoredGrievance } from '@assay/storage';
import type { FieldErrors } from '../form.js';
import { Csrf } from '../layout.js';
import type { PageContext } from '../page-context.js';
import { categoryLabel, outcomeLabel } from './case-labels.js';

type Props = { page: PageContext; grievance: StoredGrievance; base: string; errors: FieldErrors };

function TextArea({ name, label, error }: { name: string; label: string; error?: string | undefined }) {
  const id = `f-${name}`;
  return (
    <div>
      <label for={id}>{label}</label>
      {error ? (
        <span class="field-error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
      <textarea
        id={id}
        name={name}
        rows={3}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      ></textarea>
    </div>
  );
}

function RemedyFields({ page, errors }: { page: PageContext; errors: FieldErrors }) {
  const { t } = page;
  return (
    <>
      <label for="f-remedyResult">{t('cases.event.remedyResult')}</label>
      <select id="f-remedyResult" name="remedyResult">
        <option value="">—</option>
        {REMEDY_RESULTS.map((result) => (
          <option value={result}>{t(`cases.remedy.${result}` as UiMessageKey)}</option>
        ))}
      </select>
      <TextArea name="remedyDescription" label={t('cases.event.remedyDescription')} error={errors.remedyDescription} />
    </>
  );
}

/** The fields one event needs, under its own form. */
function EventFields({ event, page, errors }: { event: CaseEventType; page: PageContext; errors: FieldErrors }) {
  const { t } = page;
  switch (event) {
    case 'agree_remedy':
      return (
        <>
          <TextArea name="planDescription" label={t('cases.event.plan')} error={errors.remedyDescription} />
          <label for="f-dueBy">{t('cases.event.dueBy')}</label>
          <input id="f-dueBy" name="dueBy" type="text" inputmode="numeric" />
        </>
      );
    case 'record_remedy':
      return <RemedyFields page={page} errors={errors} />;
    case 'close':
      return (
        <>
          <fieldset>
            <legend>{t('cases.event.outcome')}</legend>
            {CASE_OUTCOMES.map((outcome) => (
              <label class="check">
                <input type="radio" name="outcome" value={outcome} required />
                {outcomeLabel(outcome, page.locale)}
              </label>
            ))}
          </fieldset>
          <TextArea name="summary" label={t('cases.event.summary')} error={errors.summary} />
          <RemedyFields page={page} errors={errors} />
        </>
      );
    case 'reopen':
      return <TextArea name="reason" label={t('cases.event.reason')} error={errors.reason} />;
    default:
      return null;
  }
}

/** The next steps the state machine allows from the current status, each as its own form. */
export function StatusActions({ page, grievance, base, errors }: Props) {
  const { t } = page;
  const events = CASE_EVENT_TYPES.filter((event) => ALLOWED_FROM[event].includes(grievance.status));
  return (
    <section class="card" aria-labelledby="next-step">
      <h2 id="next-step">{t('cases.event.title')}</h2>
      {errors.event ? (
        <p class="field-error" role="alert">
          {errors.event}
        </p>
      ) : null}
      {events.map((event) => (
        <form
          method="post"
          action={`${base}/status`}
          class="event-form"
          aria-label={t(`cases.event.${event}` as UiMessageKey)}
        >
          <Csrf page={page} />
          <input type="hidden" name="event" value={event} />
          <EventFields event={event} page={page} errors={errors} />
          <button type="submit">{t(`cases.event.${event}` as UiMessageKey)}</button>
        </form>
      ))}
    </section>
  );
}

/** Assignment to a member and the theme (triage). */
export function AssignAndTriage({
  page,
  grievance,
  base,
  members,
}: Omit<Props, 'errors'> & { members: readonly Member[] }) {
  const { t } = page;
  return (
    <section class="card two-col" aria-labelledby="assign-heading">
      <form method="post" action={`${base}/assign`}>
        <h2 id="assign-heading">{t('cases.assign.title')}</h2>
        <Csrf page={page} />
        <label for="f-assigneeId">{t('cases.assign.label')}</label>
        <select id="f-assigneeId" name="assigneeId">
          <option value="">{t('cases.unassigned')}</option>
          {members.map((member) => (
            <option value={member.userId} selected={grievance.assigneeId === member.userId}>
              {member.name}
            </option>
          ))}
        </select>
        <button type="submit" class="secondary">
          {t('cases.assign.submit')}
        </button>
      </form>
      <form method="post" action={`${base}/triage`}>
        <h2>{t('cases.field.theme')}</h2>
        <Csrf page={page} />
        <label for="f-category">{t('cases.triage.label')}</label>
        <select id="f-category" name="category">
          {GRIEVANCE_CATEGORIES.map((category) => (
            <option value={category} selected={grievance.submission.category === category}>
              {categoryLabel(category, page.locale)}
            </option>
          ))}
        </select>
        <button type="submit" class="secondary">
          {t('cases.triage.submit')}
        </button>
      </form>
    </section>
  );
}
