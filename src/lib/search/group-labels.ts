/** The product groups' ids and names for labels and validation. */
import type { ServerCatalogue } from '../content/server-catalogue.ts';
import type { GroupLabel } from './response.ts';

export const groupLabels = (catalogue: Pick<ServerCatalogue, 'groups'>): GroupLabel[] =>
  catalogue.groups.map(({ id, name }) => ({ id, name }));
