/**
 * A row's group text matched to a QĐ 148 sub-group of content/groups.json: the sub-group's name
 * in any case, accents placement or punctuation ("Chế biến từ rau củ quả hạt"), a name cut short
 * when only one sub-group begins so ("Tinh dầu"), or its code ("I.3.c").
 */
import type { Group } from '../content/schemas/group.ts';
import { nameKey } from './names.ts';

export type SubGroupMatch =
  | { kind: 'found'; code: string }
  | { kind: 'unknown' }
  | { kind: 'ambiguous'; codes: string[] };

export function subGroupMatcher(groups: readonly Group[]) {
  const subGroups = groups.flatMap((g) =>
    g.subGroups.map((s) => ({ code: s.code, key: nameKey(s.name.vi) })),
  );
  return (text: string): SubGroupMatch => {
    const byCode = subGroups.find((s) => s.code.toLowerCase() === text.trim().toLowerCase());
    if (byCode) return { kind: 'found', code: byCode.code };
    const key = nameKey(text);
    if (!key) return { kind: 'unknown' };
    const exact = subGroups.find((s) => s.key === key);
    if (exact) return { kind: 'found', code: exact.code };
    const starting = subGroups.filter((s) => s.key.startsWith(`${key} `));
    if (starting.length === 1 && starting[0]) return { kind: 'found', code: starting[0].code };
    return starting.length > 1
      ? { kind: 'ambiguous', codes: starting.map((s) => s.code) }
      : { kind: 'unknown' };
  };
}
