import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { type ApolloServerOptionsWithGateway, type ApolloServerPlugin, ApolloServer, HeaderMap } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { type ExecutionResult, type GraphQLFormattedError, type GraphQLSchema, printSchema } from "graphql";
import type { Config } from "./config.js";
import { type Context, createContext, type Services } from "./context.js";
import { migrationsApplied } from "./db/migrate.js";
import { authenticate } from "./graphql/auth.js";
import { OperationExecutor } from "./graphql/executor.js";
import { costLimit, depthLimit } from "./graphql/limits.js";
import { registrySchema } from "./graphql/schema.js";
import type { Logger } from "./logger.js";
import { METRICS_TYPE, metricsText } from "./metrics.js";
import { TurnBatch } from "./turn-batch.js";

/** Largest request body accepted: GraphQL documents are small; anything bigger is abuse. */
const MAX_BODY_BYTES = 1024 * 1024;

export interface RunningServer {
  url: string;
  port: number;
  /** Runs every operation: tests ask it which queries are hot. */
  executor: OperationExecutor;
  /** Stops accepting, waits for in-flight requests (up to `graceMs`), then stops Apollo. */
  drain(graceMs?: number): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string,
    /** The request was not read to its end: the connection cannot carry another. */
    readonly close = false,
  ) {
    super(message);
  }
}

/** Masks what the caller must not see in production: stack traces, SQL, driver messages. */
function formatError(production: boolean, logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (code === "INTERNAL_SERVER_ERROR" || code === undefined) {
      logger.error({ err: unwrapResolverError(error) }, "resolver error");
      if (production)
        return {
          message: "Internal server error",
          path: formatted.path,
          extensions: { code: "INTERNAL_SERVER_ERROR" },
        };
    }
    return formatted;
  };
}

/**
 * The header Apollo's default cache-control plugin sent on every response (no field sets a cache
 * hint, so nothing was ever cacheable), without that plugin's hook on every field resolved, which
 * made Apollo wrap every resolver in the schema.
 */
const noStore: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (!response.http.headers.has("cache-control")) response.http.headers.set("cache-control", "no-store");
      },
    };
  },
};

/**
 * On a request's context, the result the hot path has already computed, which Apollo is to format
 * and not run again. A property, not a WeakMap entry: Apollo hands the executor a copy of the
 * context, and `Object.assign` copies symbol-keyed properties.
 */
const ANSWERED = Symbol("answered");
type Answered = { [ANSWERED]?: ExecutionResult };

/**
 * Apollo without its own executor: since Apollo Server 4 the `gateway` option is how a server
 * supplies one. Apollo still parses, validates (depth, cost), caches documents, runs plugins and
 * formats errors; the registry's executor runs what it hands over, unless the hot path has
 * already run it (`ANSWERED`) and Apollo only has its errors to format.
 */
function ownExecutor(
  schema: GraphQLSchema,
  executor: OperationExecutor,
): ApolloServerOptionsWithGateway<Context>["gateway"] {
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async load() {
      return {
        executor: async ({ document, operationName, request, context, source, operation }) =>
          (context as Answered)[ANSWERED] ??
          executor.run({
            document,
            operationName,
            variables: request.variables,
            contextValue: context,
            accepted: { source, requestedName: request.operationName, operation },
          }),
      };
    },
    async stop() {},
  };
}

/**
 * The body as text. Listeners, not `for await`: the async iterator allocated ~3 KB a request, an
 * eighth of what a permission request allocates. A body over the limit stops being read; its 413
 * closes the connection (`HttpError.close`), as the rest of the body is never read.
 */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else {
        req.off("data", onData);
        req.pause();
        reject(new HttpError(413, "Request body too large", "PAYLOAD_TOO_LARGE", true));
      }
    };
    req.on("data", onData);
    req.once("end", () => resolve((chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)).toString("utf8")));
    req.once("error", reject);
  });
}

/** The content type of every JSON answer, the registry's and Apollo's. */
const JSON_TYPE = "application/json; charset=utf-8";

function sendJson(
  batch: TurnBatch,
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  batch.send(res, status, JSON.stringify(body), { "content-type": JSON_TYPE, ...headers });
}

/** What Apollo sends with a JSON answer (`noStore` adds the cache-control). */
const JSON_ANSWER = { "content-type": JSON_TYPE, "cache-control": "no-store" };

interface PlainQuery {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A request Apollo would take as it is and answer as `application/json`: posted as JSON (so not
 * a CSRF candidate), accepting JSON with no preference for another type, a query text with
 * well-formed variables and operation name, and no extensions (persisted queries). Anything else
 * goes to Apollo, which answers it or says what is wrong with it.
 */
function plainQuery(headers: IncomingHttpHeaders, body: unknown): body is PlainQuery {
  const type = headers["content-type"];
  const accept = headers.accept;
  return (
    (type === "application/json" || (type?.startsWith("application/json;") ?? false)) &&
    (accept === undefined || accept === "" || accept === "*/*" || accept === "application/json") &&
    isRecord(body) &&
    typeof body.query === "string" &&
    (body.variables == null || isRecord(body.variables)) &&
    (body.operationName == null || typeof body.operationName === "string") &&
    body.extensions == null
  );
}

function graphqlError(
  batch: TurnBatch,
  res: ServerResponse,
  status: number,
  message: string,
  code: string,
  headers?: Record<string, string>,
) {
  sendJson(batch, res, status, { errors: [{ message, extensions: { code } }] }, headers);
}

/** Starts Apollo Server behind a plain Node HTTP server: `POST /graphql`, `GET /health`, `GET /ready`. */
export async function startServer(config: Config, services: Services, logger: Logger): Promise<RunningServer> {
  const { db } = services;
  const schema = await registrySchema();
  const executor = new OperationExecutor(schema, config.compileAfter);
  const apollo = new ApolloServer<Context>({
    gateway: ownExecutor(schema, executor),
    introspection: true,
    allowBatchedHttpRequests: false,
    // main.ts owns SIGTERM: drain HTTP, then stop Apollo, then close the database.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !config.production,
    validationRules: [depthLimit(config.maxQueryDepth)],
    formatError: formatError(config.production, logger),
    logger,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      noStore,
      costLimit(config.maxQueryCost),
    ],
  });
  await apollo.start();

  const batch = new TurnBatch((error) => logger.error({ err: error }, "answer not written"));
  let inFlight = 0;
  let draining = false;
  let idle: (() => void) | null = null;

  async function handleGraphql(req: IncomingMessage, res: ServerResponse): Promise<number> {
    if (req.method !== "POST") {
      graphqlError(batch, res, 405, "Use POST for /graphql", "METHOD_NOT_ALLOWED", { allow: "POST" });
      return 405;
    }
    const principal = authenticate(req.headers.authorization, config.apiKeys);
    if (!principal) {
      graphqlError(batch, res, 401, "Missing or unknown API key: send Authorization: Bearer <key>", "UNAUTHENTICATED", {
        "www-authenticate": 'Bearer realm="dsa-registry"',
      });
      return 401;
    }
    const text = await readBody(req);
    await batch.decide();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : {};
    } catch {
      throw new HttpError(400, "Request body is not valid JSON", "BAD_REQUEST");
    }
    if (Array.isArray(body))
      throw new HttpError(400, "Batched requests are not supported; send one operation", "BAD_REQUEST");

    // The hot path: a query Apollo has already accepted under this text runs compiled, straight
    // away, and a clean result is sent as Apollo would send it (the same bytes and headers).
    // Apollo's pipeline (HTTP checks, hashing the text, plugins, formatting) was ~58% of a
    // { __typename } request's CPU and ~47% of a permission request's, more than deciding it. A
    // result with errors goes to Apollo to be formatted; if the variables did not fit, nothing
    // ran and Apollo answers as usual.
    let context: Context | undefined;
    if (plainQuery(req.headers, body)) {
      context = createContext(principal, services);
      const { query, operationName, variables } = body;
      const ran = await executor.runHot(query, operationName ?? undefined, variables ?? undefined, context);
      if (ran && "text" in ran) {
        batch.send(res, 200, `${ran.text}\n`, JSON_ANSWER);
        return 200;
      }
      if (ran) (context as Answered)[ANSWERED] = ran.result;
    }

    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
    const url = new URL(req.url ?? "/", "http://localhost");
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: "POST", headers, search: url.search, body },
      context: async () => context ?? createContext(principal, services),
    });
    const status = result.status ?? 200;
    const outHeaders: Record<string, string> = {};
    for (const [name, value] of result.headers) outHeaders[name] = value;
    if (result.body.kind === "complete") batch.send(res, status, result.body.string, outHeaders);
    else {
      res.writeHead(status, outHeaders);
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
    return status;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = process.hrtime.bigint();
    const path = (req.url ?? "/").split("?")[0];
    let status = 500;
    inFlight++;
    try {
      if (path === "/graphql") status = await handleGraphql(req, res);
      else if (path === "/health" && req.method === "GET") {
        status = draining ? 503 : 200;
        sendJson(batch, res, status, { status: draining ? "draining" : "ok" });
      } else if (path === "/ready" && req.method === "GET") {
        const ready =
          !draining &&
          (await db.raw("SELECT 1").then(
            () => migrationsApplied(db),
            () => false,
          ));
        status = ready ? 200 : 503;
        sendJson(batch, res, status, { status: ready ? "ready" : "not ready", database: db.driver });
      } else if (path === "/metrics" && req.method === "GET") {
        status = 200;
        batch.send(res, 200, metricsText(services), { "content-type": METRICS_TYPE });
      } else {
        status = 404;
        sendJson(batch, res, 404, { error: "Not found" });
      }
    } catch (error) {
      if (error instanceof HttpError) {
        status = error.status;
        graphqlError(batch, res, error.status, error.message, error.code, error.close ? { connection: "close" } : {});
      } else {
        logger.error({ err: error }, "request failed");
        status = 500;
        if (!res.headersSent) graphqlError(batch, res, 500, "Internal server error", "INTERNAL_SERVER_ERROR");
        else res.end();
      }
    } finally {
      inFlight--;
      if (inFlight === 0) idle?.();
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (path !== "/health") logger.debug({ method: req.method, path, status, ms }, "request");
    }
  }

  const server: Server = createServer((req, res) => void handle(req, res));
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    port,
    url: `http://${config.host}:${port}/graphql`,
    executor,
    async drain(graceMs = 10_000) {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) {
        await Promise.race([
          new Promise<void>((resolve) => {
            idle = resolve;
          }),
          new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref()),
        ]);
      }
      server.closeAllConnections();
      await closed;
      await apollo.stop();
    },
  };
}
