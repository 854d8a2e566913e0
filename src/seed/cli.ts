/** `npm run seed`: migrate, then load the seed agreements into an empty database. */
import { loadConfig } from "../config.js";
import { openDatabase } from "../db/client.js";
import { migrate } from "../db/migrate.js";
import { seedDatabase } from "./load.js";

const config = loadConfig();
const handle = await openDatabase(config.database);
try {
  await migrate(handle);
  const result = await seedDatabase(handle);
  console.log(
    result.seeded
      ? `seeded: ${result.agreements} agreements, ${result.flowRules} flow rules, ${result.dataItems} data items`
      : "already seeded: the database holds source documents; nothing loaded",
  );
} finally {
  await handle.close();
}
