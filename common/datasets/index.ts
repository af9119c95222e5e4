export * from './types.js';
export { readBeijingStations, readBeijingCsv, parseBeijingCsv, beijingSplit, compassToDegrees, BEIJING_UTC_OFFSET_HOURS } from './beijing.js';
export { readJenaCsv, parseJenaCsv, JENA_STATION, JENA_UTC_OFFSET_HOURS } from './jena.js';
export { sharedDataDir } from './paths.js';
