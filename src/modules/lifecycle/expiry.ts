import type { DatabaseHandle } from "../../db/client.js";
import type { Logger } from "../../logger.js";
import { expireLapsed, today } from "./transitions.js";

const SWEEP_LOCK = 7_243_104;
const HOUR = 3_600_000;

/**
 * Marks agreements EXPIRED once their period has ended: at start, then hourly, so the status
 * (and its revision) follows the calendar without anyone having to act. The resolver never
 * depended on it — it checks the dates — but people filtering by status do.
 */
export class ExpirySweep {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: DatabaseHandle,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    await this.sweep();
    this.timer = setInterval(() => void this.sweep(), HOUR);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async sweep(): Promise<void> {
    try {
      const expired = await this.db.exclusive(SWEEP_LOCK, () => expireLapsed(this.db.db, today()));
      if (expired.length > 0) this.logger.info({ expired }, "agreements expired");
    } catch (error) {
      this.logger.error({ err: error }, "expiry sweep failed; will retry");
    }
  }
}
