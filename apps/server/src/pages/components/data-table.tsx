import type { Child } from 'hono/jsx';

type Props = {
  /** The column headers, in order; `null` leaves a column out (e.g. one only editors see). */
  columns?: readonly (Child | null)[];
  /** Header cells used as they are, instead of `columns` (e.g. with a `SortHeader` for some columns). */
  head?: Child;
  caption?: string | undefined;
  captionClass?: 'visually-hidden' | 'muted' | undefined;
  /** The body rows. */
  children?: Child;
};

/** A scrollable table with a header row of column headers (`scope="col"`) and the given body rows. */
export function DataTable({ columns, head, caption, captionClass, children }: Props) {
  return (
    <div class="table-wrap">
      <table>
        {caption ? <caption class={captionClass}>{caption}</caption> : null}
        <thead>
          <tr>{head ?? (columns ?? []).map((column) => (column === null ? null : <th scope="col">{column}</th>))}</tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
