/**
 * The company policy as a PDF: the core's neutral {@link PolicyDocument} laid out with pdfmake and the
 * Roboto fonts that ship with it. No network and no file access beyond those fonts.
 */
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { type PolicyDocument, type PolicyText, policyPageLabel } from '@assay/core';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';

const fontDir = join(dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')), 'fonts', 'Roboto');

let configured = false;

/** pdfmake is a process-wide singleton: fonts and access policies are set once, before the first document. */
function printer(): typeof pdfmake {
  if (!configured) {
    pdfmake.setFonts({
      Roboto: {
        normal: join(fontDir, 'Roboto-Regular.ttf'),
        bold: join(fontDir, 'Roboto-Medium.ttf'),
        italics: join(fontDir, 'Roboto-Italic.ttf'),
        bolditalics: join(fontDir, 'Roboto-MediumItalic.ttf'),
      },
    });
    // A policy carries no images or links to fetch: nothing from the network, nothing from disk but the fonts.
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontDir + sep));
    configured = true;
  }
  return pdfmake;
}

export type PolicyPdfOptions = {
  /** Deflate the page streams (the default); tests switch it off to read the text. */
  compress?: boolean;
  /** The document's creation date; by default the moment of rendering. */
  createdAt?: Date;
};

const INK = '#1a1a1a';
const MUTED = '#555555';
const WARN = '#9a3412';

function block(b: PolicyText): Content {
  if ('p' in b) return { text: b.p, style: 'body' };
  return { ul: [...b.ul], style: 'list' };
}

/** The pdfmake document definition of the policy (pure; exported for tests). */
export function policyPdfDefinition(doc: PolicyDocument, options: PolicyPdfOptions = {}): TDocumentDefinitions {
  const content: Content[] = [
    { text: doc.companyName, style: 'company' },
    { text: doc.title, style: 'title' },
    {
      text: [`${doc.versionLabel} · `, doc.approved ? doc.approval : { text: doc.approval, bold: true, color: WARN }],
      style: 'meta',
    },
    ...doc.sections.flatMap((s): Content[] => [
      { text: s.title, style: 'heading', headlineLevel: 1, outline: true, id: `policy-${s.id}` },
      ...s.blocks.map(block),
    ]),
  ];
  return {
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 64],
    language: doc.locale,
    displayTitle: true,
    compress: options.compress ?? true,
    info: {
      title: doc.metadata.title,
      author: doc.metadata.author,
      subject: doc.title,
      creator: 'Assay',
      producer: 'Assay',
      ...(options.createdAt ? { creationDate: options.createdAt } : {}),
    },
    ...(doc.draftMark
      ? { watermark: { text: doc.draftMark, color: WARN, opacity: 0.08, bold: true, fontSize: 96, angle: -45 } }
      : {}),
    footer: (currentPage: number, pageCount: number): Content => ({
      margin: [56, 24, 56, 0],
      columns: [
        { text: `${doc.companyName} · ${doc.title} · ${doc.versionLabel}`, style: 'footer' },
        {
          text: policyPageLabel(currentPage, pageCount, doc.locale),
          style: 'footer',
          alignment: 'right',
          width: 'auto',
        },
      ],
    }),
    // Keep a section title on the page of its first paragraph.
    pageBreakBefore: (node, queries) => node.headlineLevel === 1 && queries.getFollowingNodesOnPage().length === 0,
    content,
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.3, color: INK },
    styles: {
      company: { fontSize: 11, color: MUTED, margin: [0, 0, 0, 4] },
      title: { fontSize: 20, bold: true, margin: [0, 0, 0, 6] },
      meta: { fontSize: 10, color: MUTED, margin: [0, 0, 0, 18] },
      heading: { fontSize: 13, bold: true, margin: [0, 14, 0, 6] },
      body: { margin: [0, 0, 0, 6] },
      list: { margin: [0, 0, 0, 6] },
      footer: { fontSize: 8.5, color: MUTED },
    },
  };
}

/** The policy document as PDF bytes. */
export async function renderPolicyPdf(doc: PolicyDocument, options: PolicyPdfOptions = {}): Promise<Uint8Array> {
  return printer().createPdf(policyPdfDefinition(doc, options)).getBuffer();
}
