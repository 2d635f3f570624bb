import {
  COUNTRIES,
  DEFAULT_GRIEVANCE_SETTINGS,
  GRIEVANCE_CATEGORIES,
  type GrievanceMessageKey,
  HONEYPOT_FIELD,
  PUBLIC_LOCALES,
  SUBMISSION_LIMITS,
} from '@assay/core';
import type { Organisation } from '@assay/storage';
import { AttachmentsField } from './attachments-field.js';
import { FieldError, PublicErrorSummary, PublicLayout } from './public-layout.js';
import { channelHref, type PublicPage } from './public-page.js';

type Props = {
  page: PublicPage;
  /** Members of a branch organisation's shared channel; empty for a single company. */
  members: readonly Organisation[];
  acknowledgeWithinDays?: number;
  values?: Readonly<Record<string, string>>;
  errors?: Readonly<Record<string, string>>;
  message?: string | undefined;
  /** The second step the flood gate asked for: sent back, hidden, with the same report. */
  secondStep?: string | undefined;
};

function describedBy(field: string, errors: Readonly<Record<string, string>>, hint = false): string | undefined {
  const ids = [hint ? `f-${field}-hint` : '', errors[field] ? `f-${field}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** Countries by their name in the page's language (Intl knows every language we offer). */
function countryOptions(locale: string) {
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  return COUNTRIES.map((country) => ({ code: country.alpha2, name: names.of(country.alpha2) ?? country.name.en })).sort(
    (a, b) => a.name.localeCompare(b.name, locale),
  );
}

/**
 * The public report form: no account, no JavaScript. Category as a radio group, the rest optional
 * except the description. The honeypot field is hidden from people and labelled for screen readers.
 */
export function ReportFormPage({
  page,
  members,
  acknowledgeWithinDays,
  values = {},
  errors = {},
  message,
  secondStep,
}: Props) {
  const { m } = page;
  const text = (field: string) => values[field] ?? '';
  const invalid = (field: string) => (errors[field] ? 'true' : undefined);
  return (
    <PublicLayout page={page} title={m('grievances.form.title')}>
      <h1>{m('grievances.form.title')}</h1>
      <p>{m('grievances.form.intro', { organisation: page.organisationName })}</p>
      <p>{m('grievances.form.who_can_report')}</p>
      <p class="banner">{m('grievances.form.emergency')}</p>
      <p>{m('grievances.form.anonymity')}</p>
      <p>{m('grievances.form.protection', { organisation: page.organisationName })}</p>
      <p class="muted">{m('grievances.form.language_note')}</p>
      <p>
        <a href={channelHref(page, '/follow-up')}>{m('grievances.follow_up.title')}</a>
      </p>

      <PublicErrorSummary title={message} errors={errors} />
      <form method="post" action={channelHref(page)} enctype="multipart/form-data" class="card">
        <input type="hidden" name="_csrf" value={page.csrfToken} />
        {secondStep ? <input type="hidden" name="secondStep" value={secondStep} /> : null}

        <fieldset aria-describedby={describedBy('category', errors, true)}>
          <legend id="f-category">{m('grievances.form.category.label')}</legend>
          <span class="hint" id="f-category-hint">
            {m('grievances.form.category.hint')}
          </span>
          <FieldError field="category" error={errors.category} />
          {GRIEVANCE_CATEGORIES.map((category) => (
            <label class="check">
              <input type="radio" name="category" value={category} checked={values.category === category} required />
              {m(`grievances.category.${category}` as GrievanceMessageKey)}
            </label>
          ))}
        </fieldset>

        {members.length > 0 ? (
          <div>
            <label for="f-member">{m('grievances.form.member.label')}</label>
            <FieldError field="member" error={errors.member} />
            <select
              id="f-member"
              name="member"
              aria-invalid={invalid('member')}
              aria-describedby={describedBy('member', errors)}
            >
              <option value="">{m('grievances.form.member.unknown')}</option>
              {members.map((member) => (
                <option value={member.slug} selected={values.member === member.slug}>
                  {member.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}

        <label for="f-country">{m('grievances.form.country.label')}</label>
        <FieldError field="country" error={errors.country} />
        <select
          id="f-country"
          name="country"
          aria-invalid={invalid('country')}
          aria-describedby={describedBy('country', errors)}
        >
          <option value="">—</option>
          {countryOptions(page.locale).map((country) => (
            <option value={country.code} selected={text('country').toUpperCase() === country.code}>
              {country.name}
            </option>
          ))}
        </select>

        {(['place', 'concerned'] as const).map((field) => (
          <>
            <label for={`f-${field}`}>{m(`grievances.form.${field}.label`)}</label>
            <FieldError field={field} error={errors[field]} />
            <input
              id={`f-${field}`}
              name={field}
              type="text"
              value={text(field)}
              maxlength={SUBMISSION_LIMITS.shortText}
              aria-invalid={invalid(field)}
              aria-describedby={describedBy(field, errors)}
            />
          </>
        ))}

        <label for="f-description">{m('grievances.form.description.label')}</label>
        <span class="hint" id="f-description-hint">
          {m('grievances.form.description.hint', { min: SUBMISSION_LIMITS.descriptionMin })}
        </span>
        <FieldError field="description" error={errors.description} />
        <textarea
          id="f-description"
          name="description"
          rows={8}
          required
          maxlength={SUBMISSION_LIMITS.descriptionMax}
          aria-invalid={invalid('description')}
          aria-describedby={describedBy('description', errors, true)}
        >
          {text('description')}
        </textarea>

        <AttachmentsField
          page={page}
          error={errors.attachments}
          note={m('grievances.form.attachments.privacy')}
          accept=".jpg,.jpeg,.png,.pdf,.txt,image/jpeg,image/png,application/pdf,text/plain"
        />

        <label for="f-contactEmail">{m('grievances.form.contact.label')}</label>
        <span class="hint" id="f-contactEmail-hint">
          {m('grievances.form.contact.hint')}
        </span>
        <FieldError field="contactEmail" error={errors.contactEmail} />
        <input
          id="f-contactEmail"
          name="contactEmail"
          type="email"
          value={text('contactEmail')}
          autocomplete="email"
          aria-invalid={invalid('contactEmail')}
          aria-describedby={describedBy('contactEmail', errors, true)}
        />
        <FieldError field="contactConsent" error={errors.contactConsent} />
        <label class="check" for="f-contactConsent">
          <input
            id="f-contactConsent"
            type="checkbox"
            name="contactConsent"
            checked={values.contactConsent === 'on'}
            aria-describedby={describedBy('contactConsent', errors)}
          />
          {m('grievances.form.consent.label', { organisation: page.organisationName })}
        </label>

        <label for="f-language">{m('grievances.form.language.label')}</label>
        <FieldError field="language" error={errors.language} />
        <select id="f-language" name="language" aria-describedby={describedBy('language', errors)}>
          {PUBLIC_LOCALES.map((locale) => (
            <option value={locale} selected={(values.language ?? page.locale) === locale}>
              {new Intl.DisplayNames([locale], { type: 'language' }).of(locale)}
            </option>
          ))}
        </select>

        <div class="hp">
          <label for={`f-${HONEYPOT_FIELD}`}>{m('grievances.form.honeypot.label')}</label>
          <input
            id={`f-${HONEYPOT_FIELD}`}
            name={HONEYPOT_FIELD}
            type="text"
            value=""
            autocomplete="off"
            tabindex={-1}
          />
        </div>

        <p>
          {m('grievances.form.what_next', {
            days: acknowledgeWithinDays ?? DEFAULT_GRIEVANCE_SETTINGS.acknowledgeWithinDays,
          })}
        </p>
        <button type="submit">{m('grievances.form.submit')}</button>
      </form>
    </PublicLayout>
  );
}
