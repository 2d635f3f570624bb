import type { GrievanceReceipt } from '@assay/core';
import { PublicLayout } from './public-layout.js';
import { channelHref, type PublicPage } from './public-page.js';

/** Shown once, right after sending: the case number and the passphrase. Never shown again. */
export function ReceiptPage({
  page,
  receipt,
  acknowledgeWithinDays,
}: {
  page: PublicPage;
  receipt: GrievanceReceipt;
  acknowledgeWithinDays: number;
}) {
  const { m } = page;
  return (
    <PublicLayout page={page} title={m('grievances.receipt.title')} languageSwitch={false}>
      <h1>{m('grievances.receipt.title')}</h1>
      <dl class="card receipt">
        <dt>{m('grievances.receipt.case_number')}</dt>
        <dd>
          <code data-testid="case-number">{receipt.caseNumber}</code>
        </dd>
        <dt>{m('grievances.receipt.passphrase')}</dt>
        <dd>
          <code data-testid="passphrase">{receipt.passphrase}</code>
        </dd>
      </dl>
      <p class="banner">{m('grievances.receipt.keep_safe')}</p>
      <p>{m('grievances.receipt.shared_device')}</p>
      <p>{m('grievances.receipt.next_steps', { days: acknowledgeWithinDays })}</p>
      <p>
        <a href={channelHref(page, '/follow-up')}>{m('grievances.receipt.follow_up_link')}</a>
      </p>
    </PublicLayout>
  );
}
