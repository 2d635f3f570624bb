import { AppError } from '@assay/core';
import { exportAssessmentCsv, exportAssessmentJson, getAssessment, getProfile, saveAnswers } from '@assay/services';
import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../../http/env.js';
import { tryForm } from '../../http/form-result.js';
import { actorOf, requirePermission } from '../../http/middleware.js';
import { seeOther } from '../../http/redirect.js';
import { AssessmentPage } from '../../pages/due-diligence/assessment.page.js';
import { errorText } from '../../pages/error-text.js';
import { pageContext } from '../../pages/page-context.js';
import { type FormBody, one, readFormAll } from './form-body.js';

/** `answers.<questionId>.level` / `.evidence` fields → the answers the use case takes. */
function answersFrom(body: FormBody) {
  const ids = new Set(
    Object.keys(body)
      .map((k) => /^answers\.(.+)\.(level|evidence)$/.exec(k)?.[1])
      .filter((id): id is string => Boolean(id)),
  );
  return {
    answers: [...ids].map((questionId) => ({
      questionId,
      level: one(body, `answers.${questionId}.level`) || undefined,
      evidence: one(body, `answers.${questionId}.evidence`),
    })),
  };
}

function yearParam(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new AppError('not_found', 'There is no assessment for that year.');
  return Number(value);
}

/** The maturity self-assessment: this year's questionnaire, the score, the history and the exports. */
export function assessmentRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const toProfile = (org: string) => `/o/${org}/profile`;

  app.get('/o/:org/assessment', requirePermission('organisation.read'), async (c) => {
    if (!(await getProfile(deps.ctx, actorOf(c)))) return seeOther(c, toProfile(c.req.param('org')));
    const view = await getAssessment(deps.ctx, actorOf(c));
    const notice = c.req.query('saved') !== undefined ? c.get('t')('dd.assessment.saved') : undefined;
    return c.html(<AssessmentPage page={pageContext(c)} view={view} notice={notice} />);
  });

  app.post('/o/:org/assessment', requirePermission('data.edit'), async (c) => {
    if (!(await getProfile(deps.ctx, actorOf(c)))) return seeOther(c, toProfile(c.req.param('org')));
    const input = answersFrom(await readFormAll(c));
    const result = await tryForm(() => saveAnswers(deps.ctx, actorOf(c), input));
    if (!result.ok) {
      const view = await getAssessment(deps.ctx, actorOf(c));
      return c.html(
        <AssessmentPage page={pageContext(c)} view={view} message={errorText(pageContext(c), result.error)} />,
        400,
      );
    }
    return seeOther(c, `/o/${c.req.param('org')}/assessment?saved#score-title`);
  });

  app.get('/o/:org/assessment/:year/export.json', requirePermission('organisation.read'), async (c) => {
    const year = yearParam(c.req.param('year'));
    const data = await exportAssessmentJson(deps.ctx, actorOf(c), year);
    c.header('Content-Disposition', `attachment; filename="assessment-${year}.json"`);
    return c.json(data);
  });

  app.get('/o/:org/assessment/:year/export.csv', requirePermission('organisation.read'), async (c) => {
    const year = yearParam(c.req.param('year'));
    const csv = await exportAssessmentCsv(deps.ctx, actorOf(c), year);
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="assessment-${year}.csv"`);
    return c.body(`\uFEFF${csv}`);
  });

  return app;
}
