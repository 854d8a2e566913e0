/**
 * The platform's floor under (b) and (c): a bare node:http server that answers `{ __typename }`'s
 * body as the registry does — reads it, parses its JSON, writes one JSON answer with its length —
 * and nothing else: no GraphQL, no Apollo, no registry. `bench:permissions` loads it like (c), so
 * every run says what a request costs, and how long the slowest take, on this machine before any
 * of the server's own work. GET answers 200 so the harness can tell it is up.
 */
import { createServer } from "node:http";

createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    if (req.method === "POST") JSON.parse(Buffer.concat(chunks).toString("utf8"));
    const body = Buffer.from(JSON.stringify({ data: { __typename: "Query" } }));
    res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": String(body.length) });
    res.end(body);
  });
}).listen(Number(process.env.PORT), "127.0.0.1");
