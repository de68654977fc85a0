/** Where the Astro server finds Meilisearch: the environment through astro:env, read per request. Server only. */
import { getSecret } from 'astro:env/server';
import { connectionFrom, type MeiliConnection } from './meili-http.server.ts';

export const searchConnection = (): MeiliConnection | undefined => connectionFrom(getSecret);
