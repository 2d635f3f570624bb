import type { CaseOutcomeKind, CaseStatus, GrievanceCase } from './grievance-case.js';
import type { AttachmentType } from './sniff-attachment.js';
import type { GrievanceSubmission } from './submission.schema.js';

/**
 * What the reporter sees on the follow-up page and gets from the public API. Built field by field
 * from an allow-list, never by copying the case and deleting fields, so a field added to the case
 * later stays private until someone adds it here on purpose. Never included: internal notes, the
 * assignee, links to suppliers and risks, officer identities, the remedy plan's internal wording,
 * the outcome summary and the reporter's own contact address (confidentiality of everyone involved,
 * LkSG §8(4), CSDDD Art. 14(3)).
 */
export type PublicCaseView = {
  readonly caseNumber: string;
  readonly status: CaseStatus;
  readonly receivedAt: string;
  readonly acknowledgedAt?: string;
  readonly closedAt?: string;
  readonly outcome?: CaseOutcomeKind;
  readonly report: Omit<GrievanceSubmission, 'contact'>;
  readonly messages: readonly {
    readonly id: string;
    readonly from: 'reporter' | 'organisation';
    readonly body: string;
    readonly at: string;
  }[];
  readonly attachments: readonly {
    readonly id: string;
    readonly type: AttachmentType;
    readonly size: number;
    readonly messageId?: string;
  }[];
};

/** The reporter's view of a case. */
export function publicView(grievance: GrievanceCase): PublicCaseView {
  const { submission } = grievance;
  const visibleMessages = grievance.messages.filter((message) => message.visibility === 'reporter');
  const visibleIds = new Set(visibleMessages.map((message) => message.id));
  return {
    caseNumber: grievance.caseNumber,
    status: grievance.status,
    receivedAt: grievance.receivedAt,
    ...(grievance.acknowledgedAt === undefined ? {} : { acknowledgedAt: grievance.acknowledgedAt }),
    ...(grievance.closedAt === undefined ? {} : { closedAt: grievance.closedAt }),
    ...(grievance.status === 'closed' && grievance.outcome ? { outcome: grievance.outcome.kind } : {}),
    report: {
      category: submission.category,
      ...(submission.country === undefined ? {} : { country: submission.country }),
      ...(submission.place === undefined ? {} : { place: submission.place }),
      ...(submission.concerned === undefined ? {} : { concerned: submission.concerned }),
      ...(submission.member === undefined ? {} : { member: submission.member }),
      description: submission.description,
      language: submission.language,
    },
    messages: visibleMessages.map((message) => ({
      id: message.id,
      from: message.from === 'reporter' ? 'reporter' : 'organisation',
      body: message.body,
      at: message.at,
    })),
    attachments: grievance.attachments
      .filter((attachment) => attachment.messageId === undefined || visibleIds.has(attachment.messageId))
      .map((attachment) => ({
        id: attachment.id,
        type: attachment.type,
        size: attachment.size,
        ...(attachment.messageId === undefined ? {} : { messageId: attachment.messageId }),
      })),
  };
}
