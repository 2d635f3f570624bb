import type { Child } from 'hono/jsx';
import { ErrorSummary } from '../form.js';
import { Csrf } from '../layout.js';
import type { PageContext } from '../page-context.js';

type Props = {
  page: PageContext;
  /** The heading's id, which names the card. */
  id: string;
  title: string;
  action: string;
  /** The error summary above the form after a failed post. */
  message?: string | undefined;
  /** The submit button's text. */
  submit: string;
  /** The fields. */
  children?: Child;
};

/** A card with a heading and a POST form: the error summary, the CSRF field, the fields and the submit button. */
export function FormCard({ page, id, title, action, message, submit, children }: Props) {
  return (
    <section class="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ErrorSummary page={page} message={message} />
      <form method="post" action={action}>
        <Csrf page={page} />
        {children}
        <button type="submit">{submit}</button>
      </form>
    </section>
  );
}
