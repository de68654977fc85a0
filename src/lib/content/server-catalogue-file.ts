/**
 * Where the catalogue of the on-demand routes travels: a prerendered endpoint renders it
 * (src/pages/server-catalogue.json.ts) and the build hook moves it out of the public client
 * folder to the build's root, where the server reads it.
 */

/** The endpoint's route relative to the site root, and the file's name in the build folder. */
export const SERVER_CATALOGUE_FILE = 'server-catalogue.json';
