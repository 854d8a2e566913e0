import type { DatabaseHandle } from "../../db/client.js";
import type { Logger } from "../../logger.js";
import { ReleasedRowsError, type Snapshot, compileSnapshot, releaseRows } from "./snapshot.js";
import {
  type SnapshotSource,
  loadSnapshotSource,
  refreshSnapshotSource,
  revisionReader,
} from "./snapshot.repository.js";

export const REGISTRY_CHANGED = "registry_changed";

/**
 * Holds the current permission snapshot and guarantees no request is answered from a snapshot
 * older than the registry was when the request arrived.
 *
 * - Every committed change advances `registry_state.revision` and NOTIFYs `registry_changed`
 *   (drizzle/0001). A notification marks the snapshot stale and starts a rebuild.
 * - PGlite: one process per data folder (locked), and notifications are delivered before the
 *   writer's await returns, so the notification alone keeps answers fresh.
 * - PostgreSQL: other processes may write. Each request also confirms the revision with a
 *   check that starts after it arrived; concurrent requests share one check (coalesced).
 */
export class SnapshotStore {
  private snapshot: Snapshot | null = null;
  /**
   * What the snapshot was compiled from, its agreements' rows released (`releaseRows`): a rebuild
   * re-reads only the agreements that changed.
   */
  private source: SnapshotSource | null = null;
  private known = 0;
  private building: Promise<Snapshot> | null = null;
  private inFlightCheck: Promise<number> | null = null;
  private nextCheck: Promise<number> | null = null;
  private unlisten: (() => Promise<void>) | null = null;
  private readonly verifyEachRequest: boolean;
  private readonly currentRevision: () => Promise<number>;

  /** `installed` is told of each snapshot that becomes current (the decision cache lets go of the last). */
  constructor(
    private readonly db: DatabaseHandle,
    private readonly logger?: Logger,
    private readonly installed?: (snapshot: Snapshot) => void,
  ) {
    this.verifyEachRequest = db.driver === "postgres";
    this.currentRevision = revisionReader(db.db);
  }

  /** Subscribes to changes and builds the first snapshot. */
  async start(): Promise<void> {
    this.unlisten = await this.db.listen(REGISTRY_CHANGED, (payload) => this.changed(Number(payload)));
    await this.current();
  }

  async stop(): Promise<void> {
    await this.unlisten?.();
    this.unlisten = null;
  }

  /** A change committed (here or in another process): the snapshot is stale from now on. */
  changed(revision: number): void {
    if (Number.isFinite(revision) && revision > this.known) this.known = revision;
    if (this.snapshot && this.known > this.snapshot.revision) void this.rebuild().catch(() => {});
  }

  /** The snapshot to answer a request that arrives now. */
  async current(): Promise<Snapshot> {
    if (this.verifyEachRequest) this.changed(await this.checkRevision());
    const snapshot = this.snapshot;
    if (snapshot && snapshot.revision >= this.known) return snapshot;
    return this.rebuild();
  }

  /** The snapshot if it is known to be current, without waiting: for the synchronous fast path. */
  peek(): Snapshot | null {
    return !this.verifyEachRequest && this.snapshot && this.snapshot.revision >= this.known ? this.snapshot : null;
  }

  /** The revision of the snapshot held, current or not (-1 before the first build): for `/metrics`. */
  get revision(): number {
    return this.snapshot?.revision ?? -1;
  }

  private rebuild(): Promise<Snapshot> {
    this.building ??= (async () => {
      try {
        const started = performance.now();
        let source = this.source
          ? await refreshSnapshotSource(this.db.db, this.source)
          : await loadSnapshotSource(this.db.db);
        let snapshot: Snapshot;
        try {
          snapshot = compileSnapshot(source, this.snapshot);
        } catch (error) {
          // Released rows the previous snapshot cannot stand in for: compile from a full read.
          if (!(error instanceof ReleasedRowsError)) throw error;
          source = await loadSnapshotSource(this.db.db);
          snapshot = compileSnapshot(source);
        }
        releaseRows(source);
        this.source = source;
        if (!this.snapshot || snapshot.revision >= this.snapshot.revision) {
          this.snapshot = snapshot;
          this.installed?.(snapshot);
        }
        if (snapshot.revision > this.known) this.known = snapshot.revision;
        this.logger?.info(
          { revision: snapshot.revision, rules: snapshot.rules.length, ms: Math.round(performance.now() - started) },
          "permission snapshot built",
        );
        return snapshot;
      } finally {
        this.building = null;
      }
    })();
    return this.building.then((s) => (s.revision >= this.known ? s : this.rebuild()));
  }

  /** Reads the revision with a query that starts after the caller arrived; callers share queries. */
  private checkRevision(): Promise<number> {
    if (!this.inFlightCheck) {
      this.inFlightCheck = this.currentRevision().finally(() => {
        this.inFlightCheck = null;
      });
      return this.inFlightCheck;
    }
    // A check is running but may have read before we arrived: join the one after it.
    this.nextCheck ??= this.inFlightCheck.then(
      () => {
        this.nextCheck = null;
        return this.checkRevision();
      },
      () => {
        this.nextCheck = null;
        return this.checkRevision();
      },
    );
    return this.nextCheck;
  }
}
