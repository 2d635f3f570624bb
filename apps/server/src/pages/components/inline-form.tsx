import type { Child } from 'hono/jsx';
import { Csrf } from '../layout.js';
import type { PageContext } from '../page-context.js';

type Props = {
  page: PageContext;
  action: string;
  /** The button's text. */
  label: string;
  /** The button's accessible name where its text alone is ambiguous (e.g. "Delete: <name>"). */
  ariaLabel?: string | undefined;
  buttonClass?: 'small' | 'small secondary' | 'small danger';
  /** What goes before the button: hidden fields, or a labelled control. */
  children?: Child;
};

/** A small POST form that sits inline (a table cell, a list item): its CSRF field, its fields and one button. */
export function InlineForm({ page, action, label, ariaLabel, buttonClass = 'small secondary', children }: Props) {
  return (
    <form method="post" action={action} class="inline-form">
      <Csrf page={page} />
      {children}
      <button type="submit" class={buttonClass} aria-label={ariaLabel}>
        {label}
      </button>
    </form>
  );
}
