/**
 * A decision's certificate added to a product's history: in date order, of the kind its stars
 * give (certificateKind), and once only. What changes is named for the plan: renewed (same stars
 * after the previous certificate ran out), re-rated (same stars while it was valid), upgraded,
 * downgraded.
 */
import { certificateStatus, isCurrent } from '../content/certificate-status.ts';
import { certificateKind } from '../content/schemas/certificate.ts';
import type { CertificateFile } from './content-snapshot.ts';

/** `earlier`: the decision is older than every certificate the product holds, and goes first. */
export type CertificateChange = 'earlier' | 'renewed' | 're-rated' | 'upgraded' | 'downgraded';

export type HistoryUpdate =
  /** The product already holds this decision's certificate: nothing to do. */
  | { kind: 'present' }
  /** It holds the decision with another score or date. */
  | { kind: 'conflict'; present: CertificateFile }
  | {
      kind: 'added';
      certificates: CertificateFile[];
      change: CertificateChange;
      previous?: CertificateFile;
      /** A later certificate whose kind the insertion changed. */
      relabelled?: CertificateFile;
    };

/** "1520 / QĐ-UBND" and "1520/qđ-ubnd" are one decision. */
const decisionKey = (decision: string) => decision.normalize('NFC').replace(/\s+/g, '').toUpperCase();

function changeOf(previous: CertificateFile, added: CertificateFile): CertificateChange {
  if (added.stars > previous.stars) return 'upgraded';
  if (added.stars < previous.stars) return 'downgraded';
  return isCurrent(certificateStatus(previous, added.decisionDate)) ? 're-rated' : 'renewed';
}

/** Adds `added` (a certificate without its kind) to `certificates`, oldest first. */
export function addCertificate(
  certificates: readonly CertificateFile[],
  added: Omit<CertificateFile, 'kind'>,
): HistoryUpdate {
  const present = certificates.find((c) => decisionKey(c.decision) === decisionKey(added.decision));
  if (present) {
    const same = present.score === added.score && present.decisionDate === added.decisionDate;
    return same ? { kind: 'present' } : { kind: 'conflict', present };
  }
  const at = certificates.filter((c) => c.decisionDate <= added.decisionDate).length;
  const previous = certificates[at - 1];
  const inserted = [
    ...certificates.slice(0, at),
    { ...added, kind: 'new' as const },
    ...certificates.slice(at),
  ];
  // Kinds follow from the stars: the added one's, and that of the one after it, which now follows it.
  const relabelled = inserted.map((c, i) =>
    i === 0 ? c : { ...c, kind: certificateKind(inserted[i - 1], c.stars) },
  );
  const next = certificates[at];
  const nextRelabelled = relabelled[at + 1];
  return {
    kind: 'added',
    certificates: relabelled,
    change: previous ? changeOf(previous, added) : 'earlier',
    ...(previous ? { previous } : {}),
    ...(next && nextRelabelled && next.kind !== nextRelabelled.kind ? { relabelled: nextRelabelled } : {}),
  };
}
