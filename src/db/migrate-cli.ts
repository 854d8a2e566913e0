/** `npm run db:migrate`: apply pending migrations and exit. */
import { loadConfig } from "../config.js";
import { openDatabase } from "./client.js";
import { migrate } from "./migrate.js";

const handle = await openDatabase(loadConfig().database);
try {
  await migrate(handle);
  console.log("migrations applied");
} finally {
  await handle.close();
}
