/** A one-line progress counter on stderr, drawn only on a terminal and at most ten times a second. */
export class Progress {
  private n = 0;
  private failed = 0;
  private last = 0;
  private readonly t0 = performance.now();
  constructor(
    private readonly enabled: boolean,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  tick(ok: boolean): void {
    this.n++;
    if (!ok) this.failed++;
    if (!this.enabled) return;
    const now = performance.now();
    if (now - this.last < 100) return;
    this.last = now;
    this.draw();
  }

  private draw(): void {
    const secs = (performance.now() - this.t0) / 1000;
    const rate = secs > 0 ? (this.n / secs).toFixed(0) : "-";
    const fail = this.failed ? `, ${this.failed} failed` : "";
    this.stream.write(`\r\x1b[K${this.n} articles (${rate}/s${fail})`);
  }

  done(): void {
    if (!this.enabled || this.n === 0) return;
    this.draw();
    this.stream.write("\n");
  }
}
