import { forEachDialect } from '@assay/storage/test-support';
import { expect, it } from 'vitest';
import { serviceContext } from '../context.js';
import { createDemoOrganisation, DEMO_SUPPLIERS } from './create-demo.js';

forEachDialect('demo organisation', (store) => {
  it('creates a separate demo per visitor, filled with suppliers and a year of workflow data', async () => {
    const ctx = serviceContext(store());
    const first = await createDemoOrganisation(ctx, 'nl');
    const second = await createDemoOrganisation(ctx, 'en');
    expect(first.slug).not.toBe(second.slug);
    const org = (await store().organisations.findBySlug(first.slug))!;
    expect(org.isDemo).toBe(true);
    expect(await store().suppliers.count(org.id)).toBe(DEMO_SUPPLIERS.length);
    // Every demo supplier has a profile: sites, a contact at a never-delivered domain, CN codes.
    const profiles = await store().supplierProfiles.list(org.id);
    expect(profiles.size).toBe(DEMO_SUPPLIERS.length);
    for (const p of profiles.values()) {
      expect(p.sites.length).toBeGreaterThan(0);
      expect(p.cnCodes.length).toBeGreaterThan(0);
      expect(p.contacts[0]?.email).toMatch(/@demo\.assay\.invalid$/);
    }
    expect(await store().profiles.get(org.id)).toBeDefined();
    expect((await store().assessments.list(org.id)).length).toBe(1);
    expect((await store().goals.list(org.id)).length).toBeGreaterThan(0);
    const [risk] = await store().riskRegister.list(org.id);
    expect(risk?.title).toContain('kobalt');
    expect((await store().actions.list(org.id)).length).toBe(1);
    // Demo organisations never count as a real installation: first-run setup stays available.
    expect(await store().organisations.countReal()).toBe(0);
  });
});
