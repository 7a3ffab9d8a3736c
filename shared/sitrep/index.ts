/** SITREPs: the report itself, and the position and date-time formats it is written in. */
export { formatSitrep, type SitrepCase, type SitrepExtras } from './sitrep';
export { formatSitrepPosition } from './position';
export { formatDtg } from './dtg';
