import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { MOST_HELD, TurnBatch } from "../../src/turn-batch.js";

/**
 * A real HTTP server that holds each request until `expected` have arrived, then answers them all
 * in one turn through `answer`: what the registry's server does under load, made deterministic.
 */
async function holdingServer(expected: number, answer: (held: [IncomingMessage, ServerResponse][]) => void) {
  const held: [IncomingMessage, ServerResponse][] = [];
  const server = createServer((req, res) => {
    held.push([req, res]);
    if (held.length === expected) answer(held.splice(0));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

let server: Server | undefined;
afterEach(async () => {
  const running = server;
  server = undefined;
  if (running) await new Promise((resolve) => running.close(resolve));
});

describe("TurnBatch", () => {
  it("decides a turn's requests after the turn's reads, not between them", async () => {
    const batch = new TurnBatch(() => {});
    const order: string[] = [];
    const request = async (name: string) => {
      order.push(`${name} read`);
      await batch.decide();
      order.push(`${name} decided`);
    };
    const first = request("a");
    // Microtasks pass, as they do between two sockets' reads: the first request still waits.
    for (let i = 0; i < 10; i++) await Promise.resolve();
    const second = request("b");
    await Promise.all([first, second]);
    expect(order).toEqual(["a read", "b read", "a decided", "b decided"]);
    // The next turn's requests wait for that turn.
    await request("c");
    expect(order.slice(4)).toEqual(["c read", "c decided"]);
  });

  it("sends a turn's answers together when the turn ends, each with its own body and length", async () => {
    const errors: unknown[] = [];
    const batch = new TurnBatch((error) => errors.push(error));
    let writtenInTurn: boolean[] = [];
    const started = await holdingServer(20, (held) => {
      for (const [req, res] of held)
        batch.send(res, 200, `answer to ${req.url} — “${req.url}”`, { "content-type": "text/plain" });
      // Nothing leaves while the turn that computed the answers is still running.
      writtenInTurn = held.map(([, res]) => res.headersSent);
    });
    server = started.server;

    const answers = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const res = await fetch(`${started.url}/r${i}`);
        return { status: res.status, length: res.headers.get("content-length"), text: await res.text() };
      }),
    );

    expect(writtenInTurn).toEqual(Array(20).fill(false));
    answers.forEach((answer, i) => {
      expect(answer.status).toBe(200);
      expect(answer.text).toBe(`answer to /r${i} — “/r${i}”`);
      expect(Number(answer.length)).toBe(Buffer.byteLength(answer.text));
    });
    expect({ flushes: batch.flushes, sent: batch.sent, errors }).toEqual({ flushes: 1, sent: 20, errors: [] });
  });

  it(`holds at most ${MOST_HELD} answers: a larger turn sends them as it goes`, async () => {
    const batch = new TurnBatch(() => {});
    const count = MOST_HELD + 6;
    const started = await holdingServer(count, (held) => {
      for (const [req, res] of held) batch.send(res, 200, `answer to ${req.url}`, {});
    });
    server = started.server;

    const texts = await Promise.all(
      Array.from({ length: count }, async (_, i) => (await fetch(`${started.url}/r${i}`)).text()),
    );

    expect(texts).toEqual(Array.from({ length: count }, (_, i) => `answer to /r${i}`));
    expect({ flushes: batch.flushes, sent: batch.sent }).toEqual({ flushes: 2, sent: count });
  });

  it("closes the connection of an answer that cannot be written, and still sends the others", async () => {
    const errors: unknown[] = [];
    const batch = new TurnBatch((error) => errors.push(error));
    const started = await holdingServer(3, (held) => {
      for (const [req, res] of held) {
        // A header value with a line break: writeHead refuses it.
        const headers = req.url === "/bad" ? { "x-note": "line\nbreak" } : { "x-note": "fine" };
        batch.send(res, 200, `answer to ${req.url}`, headers);
      }
    });
    server = started.server;

    const outcomes = await Promise.allSettled(
      ["/a", "/bad", "/b"].map(async (path) => (await fetch(`${started.url}${path}`)).text()),
    );

    expect(outcomes[0]).toEqual({ status: "fulfilled", value: "answer to /a" });
    expect(outcomes[1].status).toBe("rejected");
    expect(outcomes[2]).toEqual({ status: "fulfilled", value: "answer to /b" });
    expect(errors).toHaveLength(1);
    expect((errors[0] as NodeJS.ErrnoException).code).toBe("ERR_INVALID_CHAR");
    expect(batch.sent).toBe(3);
  });
});
