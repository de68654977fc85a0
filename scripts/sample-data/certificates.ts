/**
 * Certificate histories that follow shared/domain/ocop.md: who certifies by date and star, the
 * criteria set by date, 36 months of validity, re-issues and upgrades. Decision numbers and days
 * are illustrative but shared by every product of the same body's round in a month.
 */
import { certificateStatus, expiryDate, isCurrent } from '../../src/lib/content/certificate-status.ts';
import { QD148_IN_FORCE } from '../../src/lib/content/schemas/certificate.ts';
import { districtCommittee } from './areas.ts';
import { hash, type Random, random } from './random.ts';

/** The day the dataset is judged against (expired / valid). */
export const TODAY = '2026-11-28';
/** The last month a certificate of the sample may carry: the data covers 2018–2025. */
const LAST_MONTH = '2025-12';
/** District committees certified 3★ from QĐ 148 until the district level ended on 1/7/2025. */
const DISTRICTS_END = '2025-07-01';
/** From 1/3/2025 the agriculture ministry is merged; keep 5★ decisions before it. */
const MINISTRY_END = '2025-03-01';

export type Stars = 3 | 4 | 5;
export type Status = 'valid' | 'expired' | 'revoked';

export interface Certificate {
  stars: Stars;
  score: number;
  decision: string;
  decisionDate: string;
  issuedBy: string;
  criteria: 'QD1048' | 'QD148';
  kind: 'new' | 'reissued' | 'upgraded';
  revoked?: { date: string; decision: string };
}

/** How a product's history should turn out. */
export interface Plan {
  /** Month of the first certificate, YYYY-MM. */
  first: string;
  /** Stars of each certificate in order; a single number keeps the stars and lets the status decide how many. */
  stars: Stars | Stars[];
  status: Status;
  /** How many certificates, when the status alone does not say (an expired product re-issued once). */
  count?: number;
  /** Months from one certificate to the next when the stars go up (an upgrade need not wait for expiry). */
  upgradeAfter?: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + n;
  return `${Math.floor(total / 12)}-${pad((total % 12) + 1)}`;
}

function issuer(date: string, stars: Stars, area: string): { body: string; suffix: string } {
  if (stars === 5) {
    if (date >= MINISTRY_END) throw new Error(`5★ decision dated ${date}: keep it before ${MINISTRY_END}`);
    return { body: 'Bộ Nông nghiệp và Phát triển nông thôn', suffix: 'QĐ-BNN-VPĐP' };
  }
  if (date < QD148_IN_FORCE) return { body: 'UBND tỉnh Bắc Kạn', suffix: 'QĐ-UBND' };
  if (date < DISTRICTS_END)
    return { body: stars === 3 ? districtCommittee(area) : 'UBND tỉnh Bắc Kạn', suffix: 'QĐ-UBND' };
  return { body: 'UBND tỉnh Thái Nguyên', suffix: 'QĐ-UBND' };
}

/** The decision of a body's round in a given month: same day and number for every product in it. */
export function decisionIn(month: string, stars: Stars, area: string) {
  const level = stars === 5 ? 'central' : stars === 4 ? 'four' : 'three';
  const day = 3 + (hash(`day|${month}|${level}`) % 24);
  const date = `${month}-${pad(day)}`;
  const { body, suffix } = issuer(date, stars, area);
  const key = hash(`number|${body}|${date}`);
  const number =
    body.startsWith('UBND huyện') || body.startsWith('UBND thành phố')
      ? 200 + (key % 2800)
      : 600 + (key % 3000);
  return { decision: `${number}/${suffix}`, decisionDate: date, issuedBy: body };
}

function score(rng: Random, stars: Stars): number {
  if (stars === 5) return Math.round((90.2 + rng.next() * 3.3) * 100) / 100;
  return stars === 4 ? rng.int(71, 86) : rng.int(52, 68);
}

const certify = (rng: Random, month: string, stars: Stars, area: string, previous?: Stars): Certificate => {
  const d = decisionIn(month, stars, area);
  return {
    stars,
    score: score(rng, stars),
    decision: d.decision,
    decisionDate: d.decisionDate,
    issuedBy: d.issuedBy,
    criteria: d.decisionDate < QD148_IN_FORCE ? 'QD1048' : 'QD148',
    kind: previous === undefined ? 'new' : stars > previous ? 'upgraded' : 'reissued',
  };
};

const isValid = (c: Certificate) => isCurrent(certificateStatus(c, TODAY));

/**
 * Builds the history: the first certificate, then a re-assessment about when each one expires
 * (or earlier for an upgrade), stopping where the plan's status says.
 */
export function history(slug: string, area: string, plan: Plan): Certificate[] {
  const rng = random(`certificates:${slug}`);
  const starsList = Array.isArray(plan.stars) ? plan.stars : undefined;
  const starsAt = (i: number): Stars => (starsList ? (starsList[i] ?? 3) : (plan.stars as Stars));
  const certs: Certificate[] = [certify(rng, plan.first, starsAt(0), area)];
  const more = (i: number) => {
    if (starsList) return i < starsList.length;
    if (plan.count !== undefined) return i < plan.count;
    const last = certs[certs.length - 1] as Certificate;
    if (plan.status === 'expired') return false;
    return !isValid(last);
  };
  for (let i = 1; more(i); i++) {
    const prev = certs[certs.length - 1] as Certificate;
    const upgrade = starsAt(i) > prev.stars;
    let month = addMonths(
      prev.decisionDate.slice(0, 7),
      upgrade ? (plan.upgradeAfter ?? 30) : 36 + rng.int(0, 2),
    );
    if (month > LAST_MONTH) month = LAST_MONTH;
    certs.push(certify(rng, month, starsAt(i), area, prev.stars));
  }
  const last = certs[certs.length - 1] as Certificate;
  const status = isValid(last) ? 'valid' : 'expired';
  const wanted = plan.status === 'revoked' ? 'valid' : plan.status;
  if (status !== wanted)
    throw new Error(`${slug}: plan ${JSON.stringify(plan)} gives a ${status} certificate, not ${wanted}`);
  if (plan.status === 'revoked') {
    const later = addMonths(last.decisionDate.slice(0, 7), rng.int(9, 16));
    const month = later < TODAY.slice(0, 7) ? later : addMonths(TODAY.slice(0, 7), -2);
    last.revoked = { date: `${month}-${pad(rng.int(5, 25))}`, decision: `${rng.int(900, 3400)}/QĐ-UBND` };
  }
  return certs;
}

/** Expiry of the current certificate, for the prose ("valid until"). */
export const currentExpiry = (certs: Certificate[]) => expiryDate(certs[certs.length - 1] as Certificate);
