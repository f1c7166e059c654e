/**
 * The message catalogue, one file per area and language (vi/<area>.json, en/<area>.json), so each
 * capability owns its texts. Vietnamese is the reference: the English files must have the same keys
 * (tests/unit/i18n-catalogue.test.ts).
 */
import viCore from './vi/core.json';
import viAuth from './vi/auth.json';
import viHome from './vi/home.json';
import viAdmin from './vi/admin.json';
import viPublic from './vi/public.json';
import viRegistration from './vi/registration.json';
import viReporting from './vi/reporting.json';
import viReview from './vi/review.json';
import viCatalogue from './vi/catalogue.json';
import viNotifications from './vi/notifications.json';
import viAppraisal from './vi/appraisal.json';
import viCommendation from './vi/commendation.json';
import viCouncil from './vi/council.json';
import viRegistry from './vi/registry.json';
import viModels from './vi/models.json';
import viDashboard from './vi/dashboard.json';
import viExports from './vi/exports.json';
import viAudit from './vi/audit.json';
import viReportForm from './vi/report-form.json';
import enCore from './en/core.json';
import enAuth from './en/auth.json';
import enHome from './en/home.json';
import enAdmin from './en/admin.json';
import enPublic from './en/public.json';
import enRegistration from './en/registration.json';
import enReporting from './en/reporting.json';
import enReview from './en/review.json';
import enCatalogue from './en/catalogue.json';
import enNotifications from './en/notifications.json';
import enAppraisal from './en/appraisal.json';
import enCommendation from './en/commendation.json';
import enCouncil from './en/council.json';
import enRegistry from './en/registry.json';
import enModels from './en/models.json';
import enDashboard from './en/dashboard.json';
import enExports from './en/exports.json';
import enAudit from './en/audit.json';
import enReportForm from './en/report-form.json';

export const vi = {
  ...viCore,
  ...viAuth,
  ...viHome,
  ...viAdmin,
  ...viPublic,
  ...viRegistration,
  ...viReporting,
  ...viReview,
  ...viCatalogue,
  ...viNotifications,
  ...viAppraisal,
  ...viCommendation,
  ...viCouncil,
  ...viRegistry,
  ...viModels,
  ...viDashboard,
  ...viExports,
  ...viAudit,
  ...viReportForm,
};

export type Messages = typeof vi;

export const en: Messages = {
  ...enCore,
  ...enAuth,
  ...enHome,
  ...enAdmin,
  ...enPublic,
  ...enRegistration,
  ...enReporting,
  ...enReview,
  ...enCatalogue,
  ...enNotifications,
  ...enAppraisal,
  ...enCommendation,
  ...enCouncil,
  ...enRegistry,
  ...enModels,
  ...enDashboard,
  ...enExports,
  ...enAudit,
  ...enReportForm,
};

export const CATALOGUES = { vi, en } as const;
