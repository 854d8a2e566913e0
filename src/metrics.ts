import type { Services } from "./context.js";

/** One counter or gauge in Prometheus's text format (version 0.0.4). */
const metric = (name: string, type: "counter" | "gauge", help: string, value: number) =>
  `# HELP ${name} ${help}\n# TYPE ${name} ${type}\n${name} ${value}\n`;

export const METRICS_TYPE = "text/plain; version=0.0.4; charset=utf-8";

/**
 * This process's permission figures, for a scraper or a benchmark: how often answers come from
 * the decision cache, the snapshot revision answering, and the decision log's backlog. Each
 * process of a cluster reports its own.
 */
export function metricsText({ permissions, decisions, decisionCache }: Services): string {
  return (
    metric(
      "registry_decision_cache_hits_total",
      "counter",
      "Permission requests answered from the decision cache.",
      decisionCache.hits,
    ) +
    metric(
      "registry_decision_cache_misses_total",
      "counter",
      "Permission requests decided by the evaluator.",
      decisionCache.misses,
    ) +
    metric("registry_decision_cache_entries", "gauge", "Answers the decision cache holds.", decisionCache.size) +
    metric(
      "registry_snapshot_revision",
      "gauge",
      "The registry revision of the permission snapshot this process holds (-1 before the first build).",
      permissions.revision,
    ) +
    metric(
      "registry_decision_log_backlog",
      "gauge",
      "Permission decisions recorded and not yet written to the audit chain.",
      decisions.backlog,
    )
  );
}
