/**
 * What follows an enquiry, as the routes use it: the buyer's tracking page (opened by the token of
 * its link, only ever looked up by hash), the buyer's replies and closing, and the inbox's
 * answers and read marks. Mails go through the outbox, queued in the transaction of the reply.
 */
import { randomUUID } from 'node:crypto';
import type { Account } from '../../lib/auth/account.ts';
import type { ServerCatalogue } from '../../lib/content/server-catalogue.ts';
import { answerMail } from '../../lib/enquiries/buyer-mail.server.ts';
import type { NewMessage } from '../../lib/enquiries/conversation.ts';
import { buyerReplyMail } from '../../lib/enquiries/notification.server.ts';
import type { NewMail, StoredEnquiry } from '../../lib/enquiries/records.ts';
import {
  hashTrackingToken,
  isTrackingToken,
  newTrackingLink,
} from '../../lib/enquiries/tracking-token.server.ts';
import { paths } from '../../lib/paths.ts';
import type { InboxService, TrackedOutcome, TrackingService } from '../../lib/site-runtime.ts';
import type { RateLimiter } from '../auth/rate-limit.ts';
import type { Clock } from '../clock.ts';
import type { Outbox } from '../mail/outbox.ts';
import type { Storage } from '../storage/storage.ts';

export interface ConversationParts {
  storage: Storage;
  clock: Clock;
  catalogue: () => Promise<ServerCatalogue>;
  siteUrl: URL;
  /** Undefined when SMTP is not configured: nothing is mailed. */
  outbox: Outbox | undefined;
  /** Wrong tokens per client address. */
  wrongTokens: RateLimiter;
  /** The buyer's replies per client address (the enquiries' allowance). */
  replies: RateLimiter;
}

type InboxConversation = Pick<InboxService, 'conversation' | 'reply' | 'markRead' | 'escalated'>;

export function conversationServices(parts: ConversationParts): {
  tracking: TrackingService;
  inbox: InboxConversation;
} {
  const { storage, clock, outbox } = parts;
  const conversations = storage.conversations;
  const absolute = (path: string) => new URL(path, parts.siteUrl).href;

  async function add(message: Omit<NewMessage, 'at'>) {
    const result = await conversations.add({ ...message, at: clock.now().toISOString() });
    if (result.status === 'created' && message.mails.length > 0) void outbox?.deliver();
    return result;
  }

  /** The enquiries a token opens: none for a token of the wrong shape, without a look-up. */
  const tracked = (token: string) =>
    isTrackingToken(token) ? conversations.tracked(hashTrackingToken(token)) : Promise.resolve([]);

  /** A token (or an enquiry of it) that opens nothing: counted, and refused once too many were. */
  async function wrongToken(address: string): Promise<TrackedOutcome<never>> {
    const decision = await parts.wrongTokens.take(address, clock.now().getTime());
    return decision.ok
      ? { kind: 'missing' }
      : { kind: 'limited', retryAfterSeconds: decision.retryAfterSeconds };
  }

  /** The enquiry of the token's submission, or the outcome of a wrong guess. */
  async function enquiryOf(token: string, id: string, address: string) {
    const enquiry = isTrackingToken(token)
      ? await conversations.trackedEnquiry(hashTrackingToken(token), id)
      : undefined;
    return enquiry ? { enquiry } : { refused: await wrongToken(address) };
  }

  const tracking: TrackingService = {
    async open(token, address) {
      const enquiries = await tracked(token);
      if (enquiries.length === 0) return wrongToken(address);
      const messages = Map.groupBy(
        await conversations.messages(enquiries.map((e) => e.id)),
        (m) => m.enquiryId,
      );
      return {
        kind: 'found',
        enquiries: enquiries.map((e) => ({ ...e, messages: messages.get(e.id) ?? [] })),
      };
    },
    async reply(token, reply, address) {
      const found = await enquiryOf(token, reply.enquiry, address);
      if ('refused' in found) return found.refused;
      const decision = await parts.replies.take(address, clock.now().getTime());
      if (!decision.ok) return { kind: 'limited', retryAfterSeconds: decision.retryAfterSeconds };
      const { enquiry } = found;
      const catalogue = await parts.catalogue();
      const recipient = catalogue.producer(enquiry.producer)?.contacts.email;
      const mails: NewMail[] =
        outbox && recipient
          ? [
              buyerReplyMail(
                enquiry,
                catalogue,
                reply.message,
                recipient,
                absolute(paths.admin.enquiry(enquiry.id)),
              ),
            ]
          : [];
      const result = await add({
        enquiryId: enquiry.id,
        author: 'buyer',
        body: reply.message,
        key: reply.idempotencyKey ?? randomUUID(),
        mails,
        links: [],
      });
      return { kind: 'found', ...result };
    },
    async close(token, enquiryId, address) {
      const found = await enquiryOf(token, enquiryId, address);
      if ('refused' in found) return found.refused;
      return { kind: 'found', changed: await conversations.close(enquiryId, clock.now()) };
    },
  };

  const inbox: InboxConversation = {
    conversation: async (enquiry) => conversations.messages([enquiry.id]),
    async reply(id, body, key, account) {
      const enquiry = await storage.enquiries.find(id, account);
      if (!enquiry) return { status: 'missing' };
      // The answer mail carries a link of its own: the buyer's first one exists only as a hash.
      const link = newTrackingLink(enquiry.locale, parts.siteUrl);
      const mail = outbox ? answerMail(enquiry, await parts.catalogue(), body, link.url) : undefined;
      return add({
        enquiryId: enquiry.id,
        author: account.role === 'staff' ? 'staff' : 'producer',
        authorEmail: account.email,
        body,
        key,
        mails: mail ? [mail] : [],
        links: mail ? [{ tokenHash: link.hash, submission: enquiry.submission }] : [],
      });
    },
    async markRead(enquiry: StoredEnquiry, account: Account) {
      if (account.role !== 'producer' || account.producer !== enquiry.producer || enquiry.readAt)
        return enquiry;
      const now = clock.now();
      await conversations.markRead(enquiry.id, now);
      return { ...enquiry, readAt: now.toISOString() };
    },
    escalated: async (account) => (account.role === 'staff' ? storage.followUps.escalated() : []),
  };

  return { tracking, inbox };
}
