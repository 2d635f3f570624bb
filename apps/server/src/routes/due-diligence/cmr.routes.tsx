import { AppError, type ImportTable } from '@assay/core';
import { getImporterCheck, type ImporterCheckRun, type ImporterCheckView, runImporterCheck } from '@assay/services';
import { type Context, Hono } from 'hono';
import { readForm } from '../../http/body.js';
import type { AppDeps, AppEnv } from '../../http/env.js';
import { actorOf, requirePermission } from '../../http/middleware.js';
import { seeOther } from '../../http/redirect.js';
import { type CmrFormLine, type CmrLinesForm, CmrPage, EMPTY_FORM_LINE } from '../../pages/due-diligence/cmr.page.js';
import { errorText } from '../../pages/error-text.js';
import { pageContext } from '../../pages/page-context.js';
import { formText, uploadedFiles } from '../supply-chain/uploads.js';

/** Lines the form shows at first, how many "More lines" adds, and the most it shows. */
export const FORM_LINES = 5;
export const MAX_FORM_LINES = 100;

const GOLD = new Set(['', 'yes', 'no']);

/** The lines form as sent: as many lines as the hidden `lines` field says (clamped), every field trimmed. */
export function readLinesForm(fields: Readonly<Record<string, string>>, fallbackMark: 'comma' | 'point'): CmrLinesForm {
  const count = Math.min(MAX_FORM_LINES, Math.max(1, Number.parseInt(fields.lines ?? '', 10) || FORM_LINES));
  const text = (name: string) => (fields[name] ?? '').trim().slice(0, 200);
  const lines: CmrFormLine[] = [];
  for (let row = 1; row <= count; row++)
    lines.push({
      cn: text(`cn-${row}`),
      description: text(`description-${row}`),
      quantity: text(`quantity-${row}`),
      unit: text(`unit-${row}`),
      origin: text(`origin-${row}`),
      recycled: text(`recycled-${row}`) !== '',
      gold: text(`gold-${row}`),
    });
  const mark = fields.decimal_mark === 'comma' || fields.decimal_mark === 'point' ? fields.decimal_mark : fallbackMark;
  return { lines, decimalMark: mark };
}

/** A line the user typed into (a unit alone, pre-filled, does not count). */
const filled = (l: CmrFormLine) => Boolean(l.cn || l.description || l.quantity || l.origin || l.recycled);

/** The typed lines as the core's import table; each keeps its form line number, so problems name it. */
export function linesTable(form: CmrLinesForm): ImportTable {
  return {
    header: ['cn_code', 'description', 'quantity', 'unit', 'recycled', 'gold_refined', 'origin_country'],
    form: true,
    rows: form.lines.flatMap((l, index) =>
      filled(l)
        ? [
            {
              line: index + 1,
              values: {
                cn_code: l.cn,
                description: l.description,
                quantity: l.quantity,
                unit: l.unit,
                recycled: l.recycled,
                // Anything but yes/no/empty is passed on, so the core names it as not yes or no.
                gold_refined: l.gold === 'yes' ? true : l.gold === 'no' ? false : GOLD.has(l.gold) ? '' : l.gold,
                origin_country: l.origin,
              },
            },
          ]
        : [],
    ),
  };
}

/** The form pre-filled with a check's lines when it came from the form, so they can be changed and run again. */
function formOf(view: ImporterCheckView | undefined, mark: 'comma' | 'point'): CmrLinesForm {
  const blank = Array.from({ length: FORM_LINES }, () => EMPTY_FORM_LINE);
  if (view?.data.source.kind !== 'form' || view.data.lines.length > MAX_FORM_LINES)
    return { lines: blank, decimalMark: mark };
  const rows = view.data.lines.length + 1;
  const lines = Array.from({ length: Math.max(FORM_LINES, rows) }, () => EMPTY_FORM_LINE);
  view.data.lines.forEach((l, i) => {
    lines[i] = {
      cn: l.cnCode,
      description: '',
      quantity: mark === 'comma' ? String(l.annualKg).replace('.', ',') : String(l.annualKg),
      unit: 'kg',
      origin: l.originCountry ?? '',
      recycled: l.recycled,
      gold: l.goldRefined === undefined ? '' : l.goldRefined ? 'yes' : 'no',
    };
  });
  return { lines, decimalMark: mark };
}

/** The EU Conflict Minerals Regulation importer check (issue 13.1): lines form, file upload, latest result. */
export function cmrRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const localeMark = (c: Context<AppEnv>): 'comma' | 'point' => (pageContext(c).locale === 'nl' ? 'comma' : 'point');

  const render = async (
    c: Context<AppEnv>,
    extra: { form?: CmrLinesForm; failed?: Parameters<typeof CmrPage>[0]['failed']; notice?: string },
    status: 200 | 400 = 200,
  ) => {
    const view = await getImporterCheck(deps.ctx, actorOf(c));
    const page = pageContext(c);
    return c.html(
      <CmrPage
        page={page}
        view={view}
        form={extra.form ?? formOf(view, localeMark(c))}
        {...(extra.failed ? { failed: extra.failed } : {})}
        notice={extra.notice}
      />,
      status,
    );
  };

  /** A refusal as the one error type with its catalogue message, shown beside the form it belongs to. */
  const refuse = (c: Context<AppEnv>, on: 'lines' | 'upload', error: AppError, form?: CmrLinesForm) =>
    render(c, { ...(form ? { form } : {}), failed: { on, message: errorText(pageContext(c), error) } }, 400);

  const outcome = (c: Context<AppEnv>, on: 'lines' | 'upload', run: ImporterCheckRun, form?: CmrLinesForm) => {
    if (run.ok) return seeOther(c, `/o/${c.req.param('org')}/cmr?checked`);
    if ('unreadable' in run)
      return refuse(
        c,
        on,
        new AppError('invalid_input', `The file ${run.unreadable} could not be read as CSV or Excel.`, {
          messageKey: 'cmr.error.unreadable',
          params: { file: run.unreadable },
        }),
      );
    return render(c, { ...(form ? { form } : {}), failed: { on, issues: run.issues } }, 400);
  };

  app.get('/o/:org/cmr', requirePermission('organisation.read'), (c) =>
    render(c, c.req.query('checked') !== undefined ? { notice: c.get('t')('cmr.checkedNotice') } : {}),
  );

  app.post('/o/:org/cmr', requirePermission('data.edit'), async (c) => {
    const fields = await readForm(c);
    const form = readLinesForm(fields, localeMark(c));
    if (fields.more !== undefined) {
      const more = Math.min(MAX_FORM_LINES, form.lines.length + FORM_LINES);
      const lines = [...form.lines, ...Array.from({ length: more - form.lines.length }, () => EMPTY_FORM_LINE)];
      return render(c, { form: { ...form, lines } });
    }
    const table = linesTable(form);
    if (table.rows.length === 0)
      return refuse(
        c,
        'lines',
        new AppError('invalid_input', 'Enter at least one line with a customs code and a quantity.', {
          messageKey: 'cmr.error.empty',
        }),
        form,
      );
    const run = await runImporterCheck(deps.ctx, actorOf(c), { kind: 'form', table, decimalMark: form.decimalMark });
    return outcome(c, 'lines', run, form);
  });

  app.post('/o/:org/cmr/upload', requirePermission('data.edit'), async (c) => {
    const noFile = new AppError('invalid_input', 'Choose a file to upload.', { messageKey: 'cmr.error.noFile' });
    // A form sent without its file (or not as multipart) is a missing file, not a server error.
    if (!(c.req.header('content-type') ?? '').startsWith('multipart/form-data')) return refuse(c, 'upload', noFile);
    const [file] = await uploadedFiles(c, 'file');
    if (!file || file.bytes.length === 0) return refuse(c, 'upload', noFile);
    const mark = await formText(c, 'decimal_mark');
    const run = await runImporterCheck(deps.ctx, actorOf(c), {
      kind: 'file',
      fileName: file.fileName,
      bytes: file.bytes,
      decimalMark: mark === 'comma' || mark === 'point' ? mark : undefined,
    });
    return outcome(c, 'upload', run);
  });

  return app;
}
