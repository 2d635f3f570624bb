import type { Child } from 'hono/jsx';

type Props = {
  /** The column headers, in order; `null` leaves a column out (e.g. one only editors see). */
  columns: readonly (Child | null)[];
  caption?: string | undefined;
  captionClass?: 'visually-hidden' | 'muted' | undefined;
  /** The body rows. */
  children?: Child;
};

/** A scrollable table with a header row of column headers (`scope="col"`) and the given body rows. */
export function DataTable({ columns, caption, captionClass, children }: Props) {
  return (
    <div class="table-wrap">
      <table>
        {caption ? <caption class={captionClass}>{caption}</caption> : null}
        <thead>
          <tr>{columns.map((column) => (column === null ? null : <th scope="col">{column}</th>))}</tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
