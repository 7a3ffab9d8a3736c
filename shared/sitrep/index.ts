/** SITREPs: the report itself, and the position and date-time formats it is written in. */
export { formatSitrep, formatSitrepDraft, sitrepTemplate, type SitrepCase, type SitrepExtras } from './sitrep';
export { sitrepActions } from './actions';
export { formatSitrepPosition } from './position';
export { formatDtg } from './dtg';
