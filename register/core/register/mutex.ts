/**
 * One till, one thing at a time: sales, syncs, returns and reviews of held sales run one after
 * another, so a replay can never send the sale an online attempt is sending (two carts, two
 * orders). Readings (stock, status) do not wait.
 */
export class Mutex {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
