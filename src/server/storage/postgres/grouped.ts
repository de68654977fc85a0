/**
 * Group commit, and its kin for reads: calls made while an earlier one is in flight wait, and go
 * together in the next, so that many requests at once cost one round trip (for writes, also one
 * transaction and one WAL flush) instead of one each.
 */

/** What `run` answers for an item that failed on its own (the others in its group stand). */
export type ItemFailure = { error: string };

export function grouped<T, R>(options: {
  /** Indexes of the waiting items (arrival order) to send next, in the order to send them; default all. */
  pick?: (waiting: readonly T[]) => number[];
  /** One answer per item, in the order given; a throw fails the whole group. */
  run: (items: T[]) => Promise<(R | ItemFailure)[]>;
}): (item: T) => Promise<R> {
  const pick = options.pick ?? ((waiting) => waiting.map((_, i) => i));
  let queue: { item: T; resolve: (result: R) => void; reject: (error: Error) => void }[] = [];
  let running = false;

  async function drain() {
    running = true;
    while (queue.length > 0) {
      const picked = pick(queue.map((w) => w.item));
      const group = picked.map((i) => queue[i] as (typeof queue)[number]);
      const taken = new Set(picked);
      queue = queue.filter((_, i) => !taken.has(i));
      try {
        const answers = await options.run(group.map((w) => w.item));
        for (const [i, waiting] of group.entries()) {
          const answer = i < answers.length ? answers[i] : { error: 'no answer for this item' };
          if (typeof answer === 'object' && answer !== null && 'error' in answer)
            waiting.reject(new Error(answer.error));
          else waiting.resolve(answer as R);
        }
      } catch (error) {
        for (const waiting of group) waiting.reject(error as Error);
      }
    }
    running = false;
  }

  return (item) =>
    new Promise<R>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (!running) void drain();
    });
}
