/** The shape of the dataset before it becomes JSON: producers with their products. */
import type { Certification } from '../../src/lib/content/schemas/certification.ts';
import type { ProducerType } from '../../src/lib/content/schemas/producer.ts';
import type { Certificate, Plan, Stars, Status } from './certificates.ts';
import type { Building, Ground } from './images/scenes.ts';
import type { KindKey, Text } from './kinds.ts';

export interface Outlet {
  kind: 'shop' | 'supermarket' | 'online' | 'ocop-point';
  name: string;
  address?: string;
  url?: string;
  phone?: string;
  openingHours?: string[];
}

export interface ProductSpec {
  kind: KindKey;
  /** The full name, when it is not the kind's name with the producer's brand. */
  name?: Text;
  /** Current stars; 3 unless said. */
  stars?: Stars;
  /** Status as of TODAY; chosen for the sample when not given. */
  status?: Status;
  plan?: Plan;
  /** A history written out by hand (Miến dong Tài Hoan). */
  certificates?: Certificate[];
  /** Replaces the generated story. */
  story?: Text;
  /** Sentences added to the generated story. */
  facts?: Text[];
  featured?: boolean;
  exportMarkets?: string[];
  outlets?: Outlet[];
  capacity?: { amount: number; unit: string };
  /** Exactly these certifications (named products); invented ones get those that cover them. */
  certifications?: Certification[];
}

export interface ProducerSpec {
  type: ProducerType;
  name: Text;
  /** Word that names its products ("Miến dong {brand}"). */
  brand: string;
  area: string;
  street: string;
  founded: number;
  members?: number;
  households?: number;
  /** Replaces the generated story (named producers of ocop.md). */
  story?: Text;
  ground: Ground;
  building: Building;
  products: ProductSpec[];
  /** Named in shared/domain/ocop.md: never picked for an invented expiry or revocation. */
  real?: boolean;
}
