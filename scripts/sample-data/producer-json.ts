/** One producer as content/producers/<slug>.json, with illustrative contacts on example.vn. */
import { confirmedOn } from './confirmations.ts';
import type { ProducerEntry } from './dataset.ts';
import { companyDomain, mailbox } from './names.ts';
import { type Picture, photoJson, producerPicture } from './photos.ts';
import { producerStory } from './prose.ts';
import { random } from './random.ts';

/** Placeholder numbers in the 09xx xxx xxx format: 0900 000 001, 0900 000 002, … */
const phone = (index: number) => `0900 000 ${String(index + 1).padStart(3, '0')}`;

export function producerJson(entry: ProducerEntry, index: number): { json: object; picture: Picture } {
  const p = entry.spec;
  const rng = random(`producer:${entry.slug}`);
  const main = entry.products[0];
  const picture = producerPicture(entry.slug, p.name, main?.kind.hue ?? 100, p.ground, p.building);
  const number = phone(index);
  const json = {
    name: p.name,
    type: p.type,
    story: producerStory(
      p,
      entry.products.map((x) => x.name),
    ),
    founded: p.founded,
    ...(p.members ? { members: p.members } : {}),
    ...(p.households ? { households: p.households } : {}),
    address: { street: p.street, area: p.area },
    contacts: {
      phone: number,
      email: `${mailbox(entry.slug)}@example.vn`,
      ...(rng.chance(0.6) ? { zalo: number } : {}),
      ...(p.type === 'doanh-nghiep' ? { website: `https://${companyDomain(entry.slug)}.example.vn/` } : {}),
      confirmedOn: confirmedOn(`contacts:${entry.slug}`),
    },
    photos: [photoJson(picture)],
  };
  return { json, picture };
}
