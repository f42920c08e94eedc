//! Every Seam auth mode and configuration source, against Seam's fake
//! server (through a recording proxy, to assert the exact headers sent).

mod support;

use std::sync::{Arc, Mutex};
use std::thread;

use seamapi::{Auth, Client, ClientBuilder, Error, Pagination, Uuid, seam_endpoint};
use support::fake::{FakeSeed, fake};
use support::prism::Proxy;
use support::server::{Recorded, TestServer};

#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
struct Device {
    device_id: Uuid,
    workspace_id: Uuid,
    connected_account_id: Uuid,
}

#[derive(Debug, serde::Deserialize)]
struct DeviceList {
    devices: Vec<Device>,
    pagination: Pagination,
}

#[seam_endpoint(POST, "/devices/list", response = DeviceList)]
struct ListDevices {
    limit: Option<u32>,
}

#[seam_endpoint(POST, "/devices/get", response = Device, key = "device")]
struct GetDevice {
    device_id: Option<Uuid>,
}

/// `devices/list` does not take personal access tokens on the fake;
/// `locks/list` does.
#[seam_endpoint(POST, "/locks/list", response = Vec<Device>, key = "locks")]
struct ListLocks;

fn seed() -> &'static FakeSeed {
    fake().seed()
}

fn ids(list: &[String]) -> Vec<Uuid> {
    list.iter().map(|s| s.parse().unwrap()).collect()
}

fn device_ids(devices: &[Device]) -> Vec<Uuid> {
    devices.iter().map(|d| d.device_id).collect()
}

fn all_devices(client: &Client) -> Result<Vec<Device>, Error> {
    ListDevices { limit: None }.send(client).map(|l| l.devices)
}

/// The one request the proxy saw.
fn only_request(proxy: &Proxy) -> Recorded {
    let exchanges = proxy.exchanges();
    assert_eq!(exchanges.len(), 1, "{exchanges:#?}");
    exchanges.into_iter().next().unwrap().request
}

fn header_names(request: &Recorded) -> Vec<&str> {
    request.headers.iter().map(|(n, _)| n.as_str()).collect()
}

#[test]
fn api_key_sees_its_workspace() {
    let proxy = Proxy::to_url(fake().url());
    let client = Client::builder()
        .api_key(&*seed().api_key)
        .endpoint(proxy.url())
        .build()
        .unwrap();
    let list = ListDevices { limit: None }.send(&client).unwrap();
    assert!(!list.pagination.has_next_page);
    let devices = list.devices;
    assert_eq!(device_ids(&devices), ids(&seed().device_ids));
    assert!(
        devices
            .iter()
            .all(|d| d.workspace_id.to_string() == seed().workspace_id)
    );

    let sent = only_request(&proxy);
    assert_eq!(
        sent.header("authorization"),
        Some(&*format!("Bearer {}", seed().api_key))
    );
    assert_eq!(sent.header("seam-workspace"), None);
    assert_eq!(sent.header("client-session-token"), None);
    assert_eq!(sent.header("seam-sdk-name"), Some("seamapi/rust"));

    let other = Client::builder()
        .api_key(&*seed().api_key_2)
        .endpoint(fake().url())
        .build()
        .unwrap();
    assert_eq!(
        all_devices(&other).unwrap(),
        vec![],
        "the second workspace is empty"
    );
}

#[test]
fn personal_access_token_acts_in_its_workspace() {
    let proxy = Proxy::to_url(fake().url());
    let client = Client::builder()
        .personal_access_token(&*seed().personal_access_token, &*seed().workspace_id)
        .endpoint(proxy.url())
        .build()
        .unwrap();
    let locks = ListLocks.send(&client).unwrap();
    assert_eq!(locks.len(), seed().device_ids.len());

    let sent = only_request(&proxy);
    assert_eq!(
        sent.header("authorization"),
        Some(&*format!("Bearer {}", seed().personal_access_token))
    );
    assert_eq!(
        sent.header("seam-workspace"),
        Some(seed().workspace_id.as_str())
    );
}

#[test]
fn personal_access_token_without_a_workspace_never_reaches_the_server() {
    let proxy = Proxy::to_url(fake().url());
    let err = ClientBuilder::from_env_vars([
        (
            "SEAM_PERSONAL_ACCESS_TOKEN",
            seed().personal_access_token.as_str(),
        ),
        ("SEAM_ENDPOINT", proxy.url().as_str()),
    ])
    .build()
    .unwrap_err();
    assert!(matches!(err, Error::InvalidOptions { .. }), "{err:?}");
    assert!(err.to_string().contains("SEAM_WORKSPACE_ID"), "{err}");
    assert!(proxy.exchanges().is_empty());

    // With the workspace from the environment, the same token works.
    let client = ClientBuilder::from_env_vars([
        (
            "SEAM_PERSONAL_ACCESS_TOKEN",
            seed().personal_access_token.as_str(),
        ),
        ("SEAM_WORKSPACE_ID", seed().workspace_id.as_str()),
        ("SEAM_ENDPOINT", proxy.url().as_str()),
    ])
    .build()
    .unwrap();
    assert_eq!(
        ListLocks.send(&client).unwrap().len(),
        seed().device_ids.len()
    );
    assert_eq!(
        only_request(&proxy).header("seam-workspace"),
        Some(seed().workspace_id.as_str())
    );
}

#[test]
fn client_session_token_sees_only_its_own_devices() {
    let proxy = Proxy::to_url(fake().url());
    let client = Client::builder()
        .client_session_token(&*seed().client_session_token)
        .endpoint(proxy.url())
        .build()
        .unwrap();
    let devices = all_devices(&client).unwrap();
    assert_eq!(device_ids(&devices), ids(&seed().client_session_device_ids));
    assert!(devices.len() < seed().device_ids.len());

    let sent = only_request(&proxy);
    let token = &seed().client_session_token;
    assert_eq!(
        sent.header("authorization"),
        Some(&*format!("Bearer {token}"))
    );
    assert_eq!(sent.header("client-session-token"), Some(token.as_str()));

    let others = ids(&seed().device_ids)
        .into_iter()
        .find(|id| !ids(&seed().client_session_device_ids).contains(id))
        .unwrap();
    let err = GetDevice {
        device_id: Some(others),
    }
    .send(&client)
    .unwrap_err();
    assert!(matches!(err, Error::Unauthorized(_)), "{err:?}");
    assert!(
        err.request_id()
            .is_some_and(|id| id.parse::<Uuid>().is_ok()),
        "{err:?}"
    );
}

#[test]
fn publishable_key_flow_end_to_end() {
    let proxy = Proxy::to_url(fake().url());
    let user = format!("user-{}", std::process::id());
    let client = Client::builder()
        .publishable_key(&*seed().publishable_key, &*user)
        .endpoint(proxy.url())
        .build()
        .unwrap();

    // Building made exactly one request: the exchange.
    let exchange = only_request(&proxy);
    assert_eq!(
        (exchange.method.as_str(), exchange.path.as_str()),
        ("POST", "/client_sessions/get_or_create")
    );
    assert_eq!(
        exchange.header("seam-publishable-key"),
        Some(seed().publishable_key.as_str())
    );
    assert_eq!(exchange.header("authorization"), None);
    assert_eq!(
        exchange.json(),
        serde_json::json!({"user_identifier_key": user})
    );

    let Auth::ClientSessionToken(token) = client.auth() else {
        panic!("{:?}", client.auth())
    };
    let token = token.expose().to_owned();
    assert!(token.starts_with("seam_cst"), "a client session token");

    // A new session has no connected accounts, so no devices.
    assert_eq!(all_devices(&client).unwrap(), vec![]);
    let call = proxy.exchanges().pop().unwrap().request;
    assert_eq!(
        call.header("authorization"),
        Some(&*format!("Bearer {token}"))
    );
    assert_eq!(call.header("client-session-token"), Some(token.as_str()));
    assert_eq!(call.header("seam-publishable-key"), None);

    // The same user gets the same session back.
    let again = Client::builder()
        .publishable_key(&*seed().publishable_key, &*user)
        .endpoint(fake().url())
        .build()
        .unwrap();
    assert_eq!(again.auth(), client.auth());

    // The seeded user's session sees its devices.
    let john = Client::builder()
        .publishable_key(&*seed().publishable_key, &*seed().user_identifier_key)
        .endpoint(fake().url())
        .build()
        .unwrap();
    assert_eq!(
        john.auth(),
        &Auth::ClientSessionToken(seed().client_session_token.as_str().into())
    );
    assert_eq!(
        device_ids(&all_devices(&john).unwrap()),
        ids(&seed().client_session_device_ids)
    );
}

#[test]
fn console_session_token_acts_in_its_workspace() {
    let proxy = Proxy::to_url(fake().url());
    let client = Client::builder()
        .console_session_token(&*seed().console_session_token, &*seed().workspace_id)
        .endpoint(proxy.url())
        .build()
        .unwrap();
    assert_eq!(
        device_ids(&all_devices(&client).unwrap()),
        ids(&seed().device_ids)
    );
    let sent = only_request(&proxy);
    assert_eq!(
        sent.header("authorization"),
        Some(&*format!("Bearer {}", seed().console_session_token))
    );
    assert_eq!(
        sent.header("seam-workspace"),
        Some(seed().workspace_id.as_str())
    );
    assert!(!header_names(&sent).contains(&"client-session-token"));
}

#[test]
fn wrong_tokens_are_unauthorized() {
    let url = fake().url();
    let ws = seed().workspace_id.as_str();
    let unauthorized = |builder: ClientBuilder, call: &dyn Fn(&Client) -> Result<(), Error>| {
        let client = builder.endpoint(url).build().unwrap();
        let err = call(&client).unwrap_err();
        let Error::Unauthorized(e) = &err else {
            panic!("{err:?}")
        };
        assert_eq!(e.status, 401);
        // Seam's own error type when it gave one (the fake names which
        // check failed), else "unauthorized".
        assert!(err.code().is_some_and(|c| !c.is_empty()), "{err:?}");
        assert!(err.request_id().is_some(), "{err:?}");
    };
    let list = |c: &Client| all_devices(c).map(drop);
    let locks = |c: &Client| ListLocks.send(c).map(drop);
    unauthorized(Client::builder().api_key("seam_wrong_key"), &list);
    unauthorized(
        Client::builder().client_session_token("seam_cst1_wrong"),
        &list,
    );
    unauthorized(
        Client::builder().personal_access_token("seam_at_wrong", ws),
        &locks,
    );
    unauthorized(
        Client::builder()
            .console_session_token("eyJhbGciOiJIUzI1NiJ9.eyJ1c2VyX2lkIjoieCJ9.bad", ws),
        &list,
    );
    // A personal access token in a workspace that does not exist.
    unauthorized(
        Client::builder()
            .personal_access_token(&*seed().personal_access_token, Uuid::nil().to_string()),
        &locks,
    );

    // An unknown publishable key fails while building, with Seam's error.
    let err = Client::builder()
        .publishable_key("seam_pk_unknown", "someone")
        .endpoint(url)
        .build()
        .unwrap_err();
    assert_eq!(err.code(), Some("workspace_not_found"), "{err:?}");
}

#[test]
fn tokens_of_the_wrong_kind_and_conflicts_never_reach_the_server() {
    let server = TestServer::start(|_| panic!("nothing may be sent"));
    let ws = seed().workspace_id.as_str();
    let cases: Vec<(ClientBuilder, &str)> = vec![
        (
            Client::builder().api_key(&*seed().client_session_token),
            "a client session token (`seam_cst…`) was given where an API key (`seam_…`) was expected",
        ),
        (
            Client::builder().api_key(&*seed().personal_access_token),
            "a personal access token (`seam_at…`) was given where an API key",
        ),
        (
            Client::builder().api_key(&*seed().console_session_token),
            "a console session token (a JWT, `ey…`) was given where an API key",
        ),
        (
            Client::builder().client_session_token(&*seed().api_key),
            "an API key (`seam_…`) was given where a client session token",
        ),
        (
            Client::builder().personal_access_token(&*seed().api_key, ws),
            "an API key (`seam_…`) was given where a personal access token",
        ),
        (
            Client::builder().publishable_key(&*seed().client_session_token, "u"),
            "a client session token (`seam_cst…`) was given where a publishable key",
        ),
        (
            Client::builder().console_session_token(&*seed().personal_access_token, ws),
            "a personal access token (`seam_at…`) was given where a console session token",
        ),
        (
            Client::builder().personal_access_token(&*seed().personal_access_token, ""),
            "needs a workspace id",
        ),
        (
            Client::builder()
                .api_key(&*seed().api_key)
                .client_session_token(&*seed().client_session_token),
            "two authentication modes were set (API key and client session token)",
        ),
        (
            ClientBuilder::from_env_vars([
                ("SEAM_API_KEY", &*seed().api_key),
                ("SEAM_WORKSPACE_ID", ws),
            ]),
            "SEAM_WORKSPACE_ID is set together with SEAM_API_KEY",
        ),
        (
            ClientBuilder::from_env_vars([
                ("SEAM_API_KEY", &*seed().api_key),
                ("SEAM_PERSONAL_ACCESS_TOKEN", &*seed().personal_access_token),
            ]),
            "both SEAM_API_KEY and SEAM_PERSONAL_ACCESS_TOKEN are set",
        ),
        (
            ClientBuilder::from_env_vars([("HOME", "/root")]),
            "no credentials",
        ),
    ];
    for (builder, expected) in cases {
        let err = builder.endpoint(server.url()).build().unwrap_err();
        assert!(matches!(err, Error::InvalidOptions { .. }), "{err:?}");
        assert!(
            err.to_string().contains(expected),
            "{err}\nexpected: {expected}"
        );
        assert!(!err.may_have_been_sent());
    }
    assert_eq!(server.connections(), 0, "no connection was opened");
}

#[test]
fn environment_precedence() {
    let dead = TestServer::start(|_| panic!("the wrong endpoint was used"));
    let key = seed().api_key.as_str();
    // SEAM_ENDPOINT beats SEAM_API_URL.
    let client = ClientBuilder::from_env_vars([
        ("SEAM_API_KEY", key),
        ("SEAM_API_URL", &*dead.url()),
        ("SEAM_ENDPOINT", fake().url()),
    ])
    .build()
    .unwrap();
    assert_eq!(client.endpoint(), fake().url());
    assert_eq!(all_devices(&client).unwrap().len(), seed().device_ids.len());
    // SEAM_API_URL alone still works (deprecated).
    let client =
        ClientBuilder::from_env_vars([("SEAM_API_KEY", key), ("SEAM_API_URL", fake().url())])
            .build()
            .unwrap();
    assert_eq!(client.endpoint(), fake().url());
    // Explicit options beat the environment, credentials included.
    let client = ClientBuilder::from_env_vars([
        ("SEAM_API_KEY", "seam_wrong"),
        ("SEAM_ENDPOINT", &*dead.url()),
    ])
    .api_key(key)
    .endpoint(fake().url())
    .build()
    .unwrap();
    assert_eq!(all_devices(&client).unwrap().len(), seed().device_ids.len());
    assert_eq!(dead.connections(), 0);
}

#[test]
fn the_deprecated_seam_api_url_warns_through_the_logging_facade() {
    let logs = support::logs::captured();
    ClientBuilder::from_env_vars([
        ("SEAM_API_KEY", "seam_k"),
        ("SEAM_API_URL", "http://127.0.0.1:9"),
    ])
    .build()
    .unwrap();
    ClientBuilder::from_env_vars([
        ("SEAM_API_KEY", "seam_k"),
        ("SEAM_API_URL", "http://127.0.0.1:9"),
        ("SEAM_ENDPOINT", "http://127.0.0.1:8"),
    ])
    .build()
    .unwrap();
    let lines = logs.lines();
    assert!(
        lines.iter().any(|l| l.starts_with("WARN")
            && l.contains("SEAM_API_URL is deprecated: use SEAM_ENDPOINT")),
        "{lines:#?}"
    );
    assert!(lines.iter().any(|l| l.contains("both SEAM_API_URL and SEAM_ENDPOINT are set; using SEAM_ENDPOINT")), "{lines:#?}");
}

#[test]
fn no_secret_appears_in_any_configuration_error_or_log_line() {
    let logs = support::logs::captured();
    let s = seed();
    let secrets = [
        s.api_key.as_str(),
        s.personal_access_token.as_str(),
        s.client_session_token.as_str(),
        s.publishable_key.as_str(),
        s.console_session_token.as_str(),
    ];
    let ws = s.workspace_id.as_str();
    let mut texts: Vec<String> = Vec::new();
    let show = |texts: &mut Vec<String>, label: &str, value: &dyn std::fmt::Debug| {
        texts.push(format!("{label}: {value:?}"))
    };

    // Every configuration, built and unbuilt.
    let builders = [
        Client::builder().api_key(&*s.api_key),
        Client::builder().personal_access_token(&*s.personal_access_token, ws),
        Client::builder().client_session_token(&*s.client_session_token),
        Client::builder().publishable_key(&*s.publishable_key, &*s.user_identifier_key),
        Client::builder().console_session_token(&*s.console_session_token, ws),
        ClientBuilder::from_env_vars([
            ("SEAM_API_KEY", &*s.api_key),
            ("SEAM_PERSONAL_ACCESS_TOKEN", &*s.personal_access_token),
        ]),
    ];
    for builder in builders {
        show(&mut texts, "builder", &builder);
        match builder.endpoint(fake().url()).build() {
            Ok(client) => {
                show(&mut texts, "client", &client);
                show(&mut texts, "auth", client.auth());
            }
            Err(err) => {
                show(&mut texts, "build error", &err);
                texts.push(err.to_string());
            }
        }
    }

    // Every kind of error.
    let client = Client::builder()
        .api_key(&*s.api_key)
        .endpoint(fake().url())
        .build()
        .unwrap();
    #[seam_endpoint(POST, "/devices/list", response = Vec<u8>, key = "devices")]
    struct MistypedListDevices;
    #[seam_endpoint(POST, "/no/such/route")]
    struct NoSuchRoute;
    let closed = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let errors: Vec<Error> = vec![
        GetDevice {
            device_id: Some(Uuid::nil()),
        }
        .send(&client)
        .unwrap_err(), // Api
        GetDevice { device_id: None }.send(&client).unwrap_err(), // InvalidInput
        NoSuchRoute.send(&client).unwrap_err(),                   // Http
        MistypedListDevices.send(&client).unwrap_err(),           // Decode
        all_devices(
            &Client::builder()
                .api_key("seam_wrong")
                .endpoint(fake().url())
                .build()
                .unwrap(),
        )
        .unwrap_err(),
        all_devices(
            &Client::builder()
                .api_key(&*s.api_key)
                .endpoint(format!("http://127.0.0.1:{closed}"))
                .build()
                .unwrap(),
        )
        .unwrap_err(), // Transport
        Client::builder()
            .api_key(&*s.client_session_token)
            .build()
            .unwrap_err(), // InvalidOptions
        Error::invalid_parameter("limit", "must be at least 1"),
    ];
    let kinds: Vec<&str> = errors
        .iter()
        .map(|e| match e {
            Error::Api(_) => "api",
            Error::InvalidInput(_) => "invalid_input",
            Error::Http(_) => "http",
            Error::Decode(_) => "decode",
            Error::Unauthorized(_) => "unauthorized",
            Error::Transport(_) => "transport",
            Error::InvalidOptions { .. } => "invalid_options",
            Error::InvalidParameter(_) => "invalid_parameter",
            _ => "other",
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "api",
            "invalid_input",
            "http",
            "decode",
            "unauthorized",
            "transport",
            "invalid_options",
            "invalid_parameter"
        ]
    );
    for err in &errors {
        texts.push(format!("{err}"));
        texts.push(format!("{err:?}"));
        let mut source = std::error::Error::source(err);
        while let Some(s) = source {
            texts.push(format!("{s} {s:?}"));
            source = s.source();
        }
    }
    texts.extend(logs.lines());

    for text in &texts {
        for secret in secrets {
            assert!(!text.contains(secret), "a secret leaked into: {text}");
        }
    }
    assert!(texts.len() > 30);
    assert!(
        !logs.matching("seamapi", " -> ").is_empty(),
        "the attempts were logged, and searched"
    );
    eprintln!(
        "checked {} texts; log lines: {}",
        texts.len(),
        logs.lines().len()
    );
}

#[test]
fn eight_threads_share_one_client() {
    let client = Client::builder()
        .api_key(&*seed().api_key)
        .endpoint(fake().url())
        .build()
        .unwrap();
    let device_id: Uuid = seed().device_ids[0].parse().unwrap();
    let done = Arc::new(Mutex::new(0usize));
    let handles: Vec<_> = (0..8)
        .map(|_| {
            let client = client.clone();
            let done = Arc::clone(&done);
            thread::spawn(move || {
                for _ in 0..200 {
                    let device = GetDevice {
                        device_id: Some(device_id),
                    }
                    .send(&client)
                    .expect("no error on any thread");
                    assert_eq!(device.device_id, device_id);
                    *done.lock().unwrap() += 1;
                }
            })
        })
        .collect();
    for handle in handles {
        handle.join().unwrap();
    }
    assert_eq!(*done.lock().unwrap(), 1600);
}
