import { Notice } from './components/notice.js';
import { ErrorSummary, Field, type FieldErrors } from './form.js';
import { Csrf, Layout } from './layout.js';
import type { PageContext } from './page-context.js';

type Values = Readonly<Record<string, string>>;

/** First run: create the organisation and its owner, or explore a demo. */
export function SetupPage({
  page,
  values = {},
  errors = {},
  message,
}: {
  page: PageContext;
  values?: Values;
  errors?: FieldErrors;
  message?: string;
}) {
  const { t } = page;
  return (
    <Layout page={page} title={t('setup.title')}>
      <h1>{t('setup.title')}</h1>
      <p>{t('setup.intro')}</p>
      <ErrorSummary page={page} message={message} />
      <div class="two-col">
        <section class="card" aria-labelledby="create-title">
          <h2 id="create-title">{t('setup.createTitle')}</h2>
          <form method="post" action="/setup">
            <Csrf page={page} />
            <Field
              name="organisation.name"
              label={t('setup.orgName')}
              value={values['organisation.name']}
              error={errors['organisation.name'] ?? errors.name}
              required
            />
            <Field
              name="organisation.slug"
              label={t('setup.orgSlug')}
              hint={t('setup.orgSlugHint')}
              value={values['organisation.slug']}
              error={errors['organisation.slug'] ?? errors.slug}
              required
            />
            <fieldset>
              <legend>{t('setup.orgKind')}</legend>
              <label class="check">
                <input
                  type="radio"
                  name="organisation.kind"
                  value="company"
                  checked={values['organisation.kind'] !== 'branch'}
                />
                {t('setup.kindCompany')}
              </label>
              <label class="check">
                <input
                  type="radio"
                  name="organisation.kind"
                  value="branch"
                  checked={values['organisation.kind'] === 'branch'}
                />
                {t('setup.kindBranch')}
              </label>
            </fieldset>
            <h3>{t('setup.ownerTitle')}</h3>
            <Field
              name="owner.name"
              label={t('form.name')}
              value={values['owner.name']}
              error={errors['owner.name']}
              required
              autocomplete="name"
            />
            <Field
              name="owner.email"
              type="email"
              label={t('form.email')}
              value={values['owner.email']}
              error={errors['owner.email'] ?? errors.email}
              required
              autocomplete="email"
            />
            <Field
              name="owner.password"
              type="password"
              label={t('form.password')}
              hint={t('form.passwordHint')}
              error={errors['owner.password']}
              required
              autocomplete="new-password"
            />
            <button type="submit">{t('setup.submit')}</button>
          </form>
        </section>
        <section class="card" aria-labelledby="demo-title">
          <h2 id="demo-title">{t('setup.demoTitle')}</h2>
          <p>{t('setup.demoIntro')}</p>
          <form method="post" action="/setup/demo">
            <Csrf page={page} />
            <button type="submit" class="secondary">
              {t('setup.demoSubmit')}
            </button>
          </form>
        </section>
      </div>
    </Layout>
  );
}

export function LoginPage({
  page,
  email,
  failed,
  notice,
  returnTo,
}: {
  page: PageContext;
  email?: string;
  failed?: string;
  notice?: string;
  returnTo?: string;
}) {
  const { t } = page;
  return (
    <Layout page={page} title={t('login.title')} narrow>
      <h1>{t('login.title')}</h1>
      <Notice text={notice} />
      {failed ? (
        <div class="error-summary" role="alert">
          {failed}
        </div>
      ) : null}
      <form method="post" action="/login" class="card">
        <Csrf page={page} />
        {returnTo ? <input type="hidden" name="return" value={returnTo} /> : null}
        <Field name="email" type="email" label={t('form.email')} value={email} required autocomplete="username" />
        <Field name="password" type="password" label={t('form.password')} required autocomplete="current-password" />
        <button type="submit">{t('login.submit')}</button>
      </form>
    </Layout>
  );
}

/**
 * An invitation link. Signed in with the invited address: one button. Signed in with another account:
 * the refusal and a way to sign out (back to this link). Not signed in: create the account, or sign in.
 */
export function InvitePage({
  page,
  token,
  organisationName,
  role,
  email,
  wrongAccount = false,
  errors = {},
  message,
}: {
  page: PageContext;
  token: string;
  organisationName: string;
  role: string;
  email: string;
  /** Signed in with an account that is not the invited one: accepting is refused. */
  wrongAccount?: boolean;
  errors?: FieldErrors;
  message?: string;
}) {
  const { t } = page;
  const link = `/invite/${token}`;
  return (
    <Layout page={page} title={t('invite.title', { organisation: organisationName })} narrow>
      <h1>{t('invite.title', { organisation: organisationName })}</h1>
      <p>{t('invite.intro', { organisation: organisationName, role })}</p>
      <ErrorSummary page={page} message={message} />
      {page.user && wrongAccount ? (
        <form method="post" action="/logout" class="card">
          <Csrf page={page} />
          <input type="hidden" name="return" value={link} />
          <p>{t('invite.signedInAs', { email: page.user.email })}</p>
          <button type="submit">{t('nav.signOut')}</button>
        </form>
      ) : (
        <form method="post" action={link} class="card">
          <Csrf page={page} />
          {page.user ? (
            <p>{t('invite.signedInAs', { email: page.user.email })}</p>
          ) : (
            <>
              <h2>{t('invite.create')}</h2>
              <p>
                {t('invite.haveAccount')} <a href={`/login?return=${encodeURIComponent(link)}`}>{t('invite.signIn')}</a>
              </p>
              <Field name="name" label={t('form.name')} error={errors.name} required autocomplete="name" />
              <Field
                name="email"
                type="email"
                label={t('form.email')}
                value={email}
                error={errors.email}
                required
                autocomplete="email"
              />
              <Field
                name="password"
                type="password"
                label={t('form.password')}
                hint={t('form.passwordHint')}
                error={errors.password}
                required
                autocomplete="new-password"
              />
            </>
          )}
          <button type="submit">{t('invite.accept')}</button>
        </form>
      )}
    </Layout>
  );
}

export function PasswordPage({
  page,
  errors = {},
  message,
  done,
}: {
  page: PageContext;
  errors?: FieldErrors;
  message?: string;
  done?: boolean;
}) {
  const { t } = page;
  return (
    <Layout page={page} title={t('settings.password')} narrow>
      <h1>{t('settings.password')}</h1>
      <Notice text={done ? t('settings.passwordChanged') : undefined} />
      <ErrorSummary page={page} message={message} />
      <form method="post" action="/account/password" class="card">
        <Csrf page={page} />
        <Field
          name="current"
          type="password"
          label={t('settings.currentPassword')}
          error={errors.current}
          required
          autocomplete="current-password"
        />
        <Field
          name="next"
          type="password"
          label={t('settings.newPassword')}
          hint={t('form.passwordHint')}
          error={errors.next}
          required
          autocomplete="new-password"
        />
        <button type="submit">{t('form.save')}</button>
      </form>
    </Layout>
  );
}
