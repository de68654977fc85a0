/** The product groups' ids and names for labels and validation. */
import { loadServerCatalogue } from '../content/server-catalogue.server.ts';
import type { GroupLabel } from './response.ts';

export const groupLabels = async (): Promise<GroupLabel[]> =>
  (await loadServerCatalogue()).groups.map(({ id, name }) => ({ id, name }));
