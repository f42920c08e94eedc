// Writes Seam's official OpenAPI document (from the pinned @seamapi/types) to the given file.
import { writeFileSync } from "node:fs";
import { openapi } from "@seamapi/types/connect";
const out = process.argv[2] ?? "openapi.json";
writeFileSync(out, JSON.stringify(openapi));
