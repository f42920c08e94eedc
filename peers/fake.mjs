// Seam's own fake of the Seam API (@seamapi/fake-seam-connect, the server
// Seam's official SDKs test against) on 127.0.0.1, with every id a UUID and a
// deterministic seed of our own.
//
//   node peers/fake.mjs <port>
//
// Once it listens it prints ONE line to stdout:
//
//   SEAM_FAKE_READY {"url":"http://127.0.0.1:<port>","workspace_id":...}
//
// holding the url, the ids and every credential of the seed (see `seed`
// below). It exits at once on SIGTERM, SIGINT or SIGHUP; if the port is taken
// it exits with code 1 and a message naming EADDRINUSE on stderr.
//
// Ids: the fake makes every id with its store's `_getNextId(type)` (normally
// `${type}${count}`); we replace it with `uuidFor(type, count)`, a
// UUIDv4-shaped id derived from the type and a counter per type, so that the
// same run makes the same ids. The store actions that build tokens from ids
// (publishable key, API key, client session token) are wrapped to keep the
// fake's token formats (`seam_pk...`, `seam_key...`, `seam_cst1...`).

import { createHash, createHmac } from "node:crypto";
import http from "node:http";
import process from "node:process";

const HOST = "127.0.0.1";

// The fake reads both when its modules load (its logger) and on each request
// (error bodies carry a `stack` unless in production): set them before it is
// imported, hence the dynamic import below.
process.env.NODE_ENV = "production";
process.env.SEAM_LOGGER_LEVEL = "error";

const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  process.stderr.write("usage: node peers/fake.mjs <port>\n");
  process.exit(2);
}

for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"]) {
  process.on(signal, () => process.exit(0));
}

const { createFake } = await import("@seamapi/fake-seam-connect");

/** hex of sha256(text). */
const sha256 = (text) => createHash("sha256").update(text).digest("hex");

/** A UUIDv4-shaped id: a hash of `type`, then `count` in the last group. */
const uuidFor = (type, count) => {
  const h = sha256(type);
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  const tail = count.toString(16).padStart(12, "0");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${tail}`;
};

/** Counters per kind, for ids and tokens. */
const counters = new Map();
const next = (kind) => {
  const count = (counters.get(kind) ?? 0) + 1;
  counters.set(kind, count);
  return count;
};

/** A fixed timestamp, `seconds` after 2025-01-01: a deterministic order. */
const at = (seconds) => new Date(Date.UTC(2025, 0, 1) + seconds * 1000).toISOString();
let clock = 0;
const tick = () => at(clock++);

const fake = await createFake();
const db = fake.database;

// Every id the store makes (routes included) goes through `_getNextId`.
const actions = db.getState();
db.setState({
  _getNextId: (type) => uuidFor(type, next(`id:${type}`)),
  addWorkspace: (params) => {
    const n = next("token:pk");
    return actions.addWorkspace({
      ...params,
      publishable_key: params.publishable_key ?? `seam_pk${n}_${sha256(`pk:${n}`).slice(0, 24)}`,
    });
  },
  addApiKey: (params) => {
    const n = next("token:api_key");
    return actions.addApiKey({
      name: `API Key ${n}`,
      ...params,
      token: params.token ?? `seam_key${n}_${sha256(`api_key:${n}`).slice(0, 24)}`,
    });
  },
  addClientSession: (params) => {
    const n = next("token:cst");
    const h = sha256(`cst:${n}`);
    return actions.addClientSession({
      ...params,
      token: params.token ?? `seam_cst1${h.slice(0, 8)}_${h.slice(8, 32)}`,
    });
  },
});

/** An HS256 JWT signed with `secret`, as the fake's console sessions expect. */
const jwt = (payload) => {
  const part = (value) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const body = `${part({ alg: "HS256", typ: "JWT" })}.${part(payload)}`;
  return `${body}.${createHmac("sha256", "secret").update(body).digest("base64url")}`;
};

/** Our seed: what the tests get to know about, in SEAM_FAKE_READY. */
const seed = () => {
  const api_key = "seam_apikey1_token";
  const api_key_2 = "seam_apikey2_token";
  const publishable_key = "seam_pk1_token";
  const client_session_token = "seam_cst1_token";
  // `seam_at<short>_<long>`: the fake keeps the sha256 of the long part.
  const personal_access_token = "seam_at1_longtoken";
  const user_identifier_key = "john_user_identifier_key";
  const user_session_key = "john_user_key";

  const { workspace_id } = db.addWorkspace({
    name: "Fake Workspace",
    publishable_key,
    is_sandbox: true,
    created_at: tick(),
  });
  db.addApiKey({ name: "Seed API Key 1", token: api_key, workspace_id, created_at: tick() });
  const { workspace_id: workspace_id_2 } = db.addWorkspace({
    name: "Empty Workspace",
    is_sandbox: true,
    created_at: tick(),
  });
  db.addApiKey({
    name: "Seed API Key 2",
    token: api_key_2,
    workspace_id: workspace_id_2,
    created_at: tick(),
  });

  // John: console session (JWT over user_id + key) and personal access
  // token, member of workspace 1 only.
  const user_id = uuidFor("user", next("id:user"));
  db.addUserSession({ user_id, key: user_session_key, is_admin_session: false, created_at: tick() });
  db.addUserWorkspace({
    user_workspace_id: uuidFor("user_workspace", next("id:user_workspace")),
    user_id,
    workspace_id,
    is_owner: true,
    created_at: tick(),
  });
  const [, short_token, long_token] = personal_access_token.split("_");
  db.addAccessToken({
    access_token_name: "Seed Personal Access Token",
    email: "john@example.com",
    user_id,
    short_token,
    long_token_hash: sha256(long_token),
    created_at: tick(),
  });
  const console_session_token = jwt({ user_id, key: user_session_key });

  // Two connected accounts with 3 and 6 locks.
  const accounts = [
    { provider: "august", email: "john@example.com", device_type: "august_lock", locks: 3 },
    { provider: "schlage", email: "jane@example.com", device_type: "schlage_lock", locks: 6 },
  ].map(({ provider, email, device_type, locks }) => {
    const { connected_account_id } = db.addConnectedAccount({
      provider,
      workspace_id,
      user_identifier: { email },
      display_name: email,
      created_at: tick(),
    });
    const device_ids = [];
    for (let i = 1; i <= locks; i++) {
      const name = `${provider} lock ${i}`;
      const { device_id } = db.addDevice({
        connected_account_id,
        device_type,
        name,
        display_name: name,
        workspace_id,
        can_remotely_lock: true,
        can_remotely_unlock: true,
        can_program_online_access_codes: true,
        created_at: tick(),
        properties: {
          name,
          manufacturer: provider,
          locked: true,
          model: {
            display_name: "Fake Lock",
            manufacturer_display_name: provider,
          },
        },
      });
      device_ids.push(device_id);
    }
    return { connected_account_id, device_ids };
  });
  const [john, jane] = accounts;

  // The client session sees John's account (3 locks) only: the fake filters
  // devices by the session's connected_account_ids.
  const { user_identity_id } = db.addUserIdentity({
    workspace_id,
    user_identity_key: user_identifier_key,
    email_address: "john@example.com",
    full_name: "John Doe",
    created_at: tick(),
  });
  const { client_session_id } = db.addClientSession({
    workspace_id,
    token: client_session_token,
    user_identifier_key,
    connected_account_ids: [john.connected_account_id],
    user_identity_ids: [user_identity_id],
    created_at: tick(),
  });

  return {
    workspace_id,
    workspace_id_2,
    api_key,
    api_key_2,
    publishable_key,
    client_session_token,
    personal_access_token,
    console_session_token,
    user_id,
    user_identity_id,
    user_identifier_key,
    client_session_id,
    connected_account_ids: [john.connected_account_id, jane.connected_account_id],
    client_session_connected_account_ids: [john.connected_account_id],
    device_ids: [...john.device_ids, ...jane.device_ids],
    client_session_device_ids: [...john.device_ids],
  };
};

const seeded = seed();
const url = `http://${HOST}:${port}`;

// The fake listens with `server.listen(port)`, on every interface: make the
// http servers it creates while starting listen on 127.0.0.1 only.
const own = Object.getOwnPropertyDescriptor(http.Server.prototype, "listen");
const listen = http.Server.prototype.listen;
http.Server.prototype.listen = function (...args) {
  if (typeof args[0] === "number" && typeof args[1] !== "string") {
    args.splice(1, 0, HOST);
  }
  return listen.apply(this, args);
};
try {
  await fake.startServer({ port, baseUrl: url });
} catch (err) {
  process.stderr.write(`fake.mjs: cannot listen on ${HOST}:${port}: ${err?.code ?? ""} ${err?.message ?? err}\n`);
  process.exit(1);
} finally {
  if (own) Object.defineProperty(http.Server.prototype, "listen", own);
  else delete http.Server.prototype.listen;
}

const address = fake.server?.server?.address?.();
if (address?.address !== HOST || address?.port !== port) {
  process.stderr.write(`fake.mjs: listening on ${JSON.stringify(address)}, not ${HOST}:${port}\n`);
  process.exit(1);
}

process.stdout.write(`SEAM_FAKE_READY ${JSON.stringify({ url, ...seeded })}\n`);
