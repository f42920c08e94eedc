//! The client against a recording HTTP server of our own on 127.0.0.1: the
//! exact request each kind of endpoint sends, and the error each kind of
//! reply becomes.

mod support;

use seamapi::error::ParameterError;
use seamapi::{Client, Error, Nullable, seam_endpoint};
use serde_json::json;
use support::server::{Action, Reply, TestServer};

const KEY: &str = "seam_testkey_abcdef123456";

/// A user-side response type.
#[derive(Debug, PartialEq, serde::Deserialize)]
struct Thing {
    thing_id: String,
    count: u32,
}

/// POST with every kind of field.
#[seam_endpoint(POST, "/things/create", response = Thing, key = "thing")]
struct CreateThing {
    name: String,
    /// Left out when `None`.
    note: Option<String>,
    /// `null` when `Some(Nullable::Null)`.
    ends_at: Option<Nullable<String>>,
    #[serde(rename = "renamedField")]
    renamed: u8,
    tags: Vec<String>,
}

/// GET with arrays and nested objects.
#[seam_endpoint(GET, "/things/list", response = ThingList)]
struct ListThings {
    device_ids: Vec<String>,
    limit: Option<u32>,
    search: Option<String>,
    filter: Filter,
}

#[derive(Debug, Clone, serde::Serialize)]
struct Filter {
    kind: &'static str,
    empty: Option<u8>,
}

#[derive(Debug, PartialEq, serde::Deserialize)]
struct ThingList {
    things: Vec<Thing>,
    ok: bool,
}

/// No parameters, no response.
#[seam_endpoint(POST, "/things/poke")]
struct PokeThings;

fn client(server: &TestServer) -> Client {
    Client::builder()
        .api_key(KEY)
        .endpoint(server.url())
        .build()
        .unwrap()
}

fn ok_thing(_: &support::server::Recorded) -> Action {
    Action::Reply(Reply::json(
        200,
        json!({"thing": {"thing_id": "t1", "count": 3, "unknown": [1]}, "ok": true}),
    ))
}

#[test]
fn post_sends_the_exact_request_and_unwraps_the_envelope() {
    let server = TestServer::start(ok_thing);
    let request = CreateThing {
        name: "Front door".into(),
        note: None,
        ends_at: Some(Nullable::Null),
        renamed: 7,
        tags: vec!["a".into(), "b c".into()],
    };
    let thing = request.send(&client(&server)).unwrap();
    assert_eq!(
        thing,
        Thing {
            thing_id: "t1".into(),
            count: 3
        }
    );

    let sent = server.only_request();
    assert_eq!(sent.method, "POST");
    assert_eq!(sent.path, "/things/create");
    assert_eq!(sent.query, None);
    assert_eq!(
        sent.header("authorization"),
        Some(format!("Bearer {KEY}").as_str())
    );
    assert_eq!(sent.header("seam-sdk-name"), Some("seamapi/rust"));
    assert_eq!(
        sent.header("seam-sdk-version"),
        Some(env!("CARGO_PKG_VERSION"))
    );
    assert_eq!(sent.header("content-type"), Some("application/json"));
    assert_eq!(
        String::from_utf8(sent.body).unwrap(),
        r#"{"name":"Front door","ends_at":null,"renamedField":7,"tags":["a","b c"]}"#
    );
}

#[test]
fn get_sends_parameters_as_a_query_string() {
    let server = TestServer::start(|_| {
        Action::Reply(Reply::json(
            200,
            json!({"things": [{"thing_id": "a", "count": 1}, {"thing_id": "b", "count": 2}], "ok": true}),
        ))
    });
    let request = ListThings {
        device_ids: vec!["d 1".into(), "d2".into()],
        limit: Some(10),
        search: None,
        filter: Filter {
            kind: "lock",
            empty: None,
        },
    };
    let list = client(&server).call(&request).unwrap();
    assert_eq!(list.things.len(), 2);
    assert!(list.ok);

    let sent = server.only_request();
    assert_eq!(sent.method, "GET");
    assert_eq!(sent.path, "/things/list");
    assert_eq!(
        sent.query.as_deref(),
        Some("device_ids=d+1&device_ids=d2&limit=10&filter.kind=lock&filter.empty=")
    );
    assert!(sent.body.is_empty());
    assert_eq!(
        sent.header("authorization"),
        Some(format!("Bearer {KEY}").as_str())
    );
}

#[test]
fn unit_endpoints_send_no_body_and_return_unit() {
    let server = TestServer::start(|_| Action::Reply(Reply::raw(200, "text/plain", "anything")));
    let () = PokeThings.send(&client(&server)).unwrap();
    let sent = server.only_request();
    assert!(sent.body.is_empty(), "{:?}", sent.body);
    assert_eq!(
        sent.header("content-length"),
        Some("0"),
        "{:?}",
        sent.headers
    );
    assert_eq!(sent.header("transfer-encoding"), None, "{:?}", sent.headers);
}

#[test]
fn clones_share_one_connection_pool() {
    let server = TestServer::start(ok_thing);
    let a = client(&server);
    let b = a.clone();
    let request = CreateThing {
        name: "x".into(),
        note: Some("n".into()),
        ends_at: None,
        renamed: 0,
        tags: vec![],
    };
    for _ in 0..3 {
        a.call(&request).unwrap();
        b.call(&request).unwrap();
    }
    assert_eq!(server.requests().len(), 6);
    assert_eq!(
        server.connections(),
        1,
        "every call reused the first connection"
    );
    assert_eq!(server.requests()[0].json()["note"], "n");
}

fn call_against(action: Action) -> Error {
    let server = TestServer::start(move |_| action.clone());
    PokeThings.send(&client(&server)).unwrap_err()
}

fn create_against(action: Action) -> Error {
    let server = TestServer::start(move |_| action.clone());
    let request = CreateThing {
        name: "x".into(),
        note: None,
        ends_at: None,
        renamed: 0,
        tags: vec![],
    };
    request.send(&client(&server)).unwrap_err()
}

#[test]
fn invalid_input_carries_per_parameter_messages() {
    let err = call_against(Action::Reply(
        Reply::json(
            400,
            json!({"error": {"type": "invalid_input", "message": "Invalid input",
                "validation_errors": {"_errors": [], "device_id": {"_errors": ["Required"]}}}, "ok": false}),
        )
        .header("seam-request-id", "req_400"),
    ));
    assert_eq!(err.status(), Some(400));
    assert_eq!(err.code(), Some("invalid_input"));
    assert_eq!(err.request_id(), Some("req_400"));
    assert_eq!(err.message(), "Invalid input");
    let Error::InvalidInput(e) = &err else {
        panic!("{err:?}")
    };
    let parameters: Vec<(&str, &[String])> = e
        .parameters
        .iter()
        .map(|p: &ParameterError| (p.parameter.as_str(), p.messages.as_slice()))
        .collect();
    assert_eq!(
        parameters,
        vec![("device_id", &["Required".to_owned()][..])]
    );
    assert_eq!(
        err.to_string(),
        "Seam API error 400 invalid_input: Invalid input; device_id: Required (request id: req_400)"
    );
}

#[test]
fn any_401_is_unauthorized() {
    let err = call_against(Action::Reply(
        Reply::json(
            401,
            json!({"error": {"type": "unauthorized", "message": "Unauthorized"}, "ok": false}),
        )
        .header("seam-request-id", "req_401"),
    ));
    let Error::Unauthorized(e) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(e.status, 401);
    assert_eq!(err.code(), Some("unauthorized"));
    assert_eq!(err.request_id(), Some("req_401"));
    assert_eq!(
        err.to_string(),
        "unauthorized (401): Unauthorized (request id: req_401)"
    );

    let err = call_against(Action::Reply(Reply::raw(401, "text/plain", "go away")));
    assert!(matches!(err, Error::Unauthorized(_)), "{err:?}");
    assert_eq!(err.code(), Some("unauthorized"));
}

#[test]
fn api_errors_keep_type_message_data_and_request_id() {
    let err = call_against(Action::Reply(
        Reply::json(
            404,
            json!({"error": {"type": "device_not_found", "message": "Device not found",
                "data": {"device_id": "d1"}}, "ok": false}),
        )
        .header("seam-request-id", "req_404"),
    ));
    let Error::Api(e) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(e.status, 404);
    assert_eq!(e.error_type, "device_not_found");
    assert_eq!(e.message, "Device not found");
    assert_eq!(e.data, Some(json!({"device_id": "d1"})));
    assert_eq!(e.request_id.as_deref(), Some("req_404"));
    assert_eq!(
        err.to_string(),
        "Seam API error 404 device_not_found: Device not found (request id: req_404)"
    );
}

#[test]
fn html_error_pages_are_unexpected_http() {
    let err = call_against(Action::Reply(
        Reply::raw(
            500,
            "text/html",
            "<html>\n<body>Internal\n   Server Error</body></html>",
        )
        .header("seam-request-id", "req_500"),
    ));
    let Error::Http(e) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(e.status, 500);
    assert_eq!(e.content_type.as_deref(), Some("text/html"));
    assert_eq!(
        e.snippet,
        "<html> <body>Internal Server Error</body></html>"
    );
    assert_eq!(err.request_id(), Some("req_500"));
    assert_eq!(
        err.to_string(),
        "unexpected HTTP 500 response (text/html): <html> <body>Internal Server Error</body></html> (request id: req_500)"
    );
}

#[test]
fn truncated_json_is_a_decode_error_naming_the_failure() {
    let err = create_against(Action::Reply(
        Reply::raw(
            200,
            "application/json",
            r#"{"thing": {"thing_id": "t1", "cou"#,
        )
        .header("seam-request-id", "req_trunc"),
    ));
    let Error::Decode(e) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(e.status, 200);
    assert_eq!(e.path, "thing.?", "inside `thing`, at a key cut short");
    assert!(e.message.contains("EOF"), "{}", e.message);
    assert_eq!(err.request_id(), Some("req_trunc"));

    let err = create_against(Action::Reply(Reply::json(
        200,
        json!({"thing": {"thing_id": "t1", "count": "three"}}),
    )));
    let Error::Decode(e) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(e.path, "thing.count");
    assert!(e.message.contains("invalid type"), "{}", e.message);
}

#[test]
fn a_body_cut_short_by_the_connection_is_a_transport_error() {
    let full = Reply::json(200, json!({"thing": {"thing_id": "t1", "count": 3}}));
    let err = create_against(Action::Truncate(full, 10));
    let Error::Transport(e) = &err else {
        panic!("{err:?}")
    };
    assert!(e.may_have_been_sent);
    assert!(err.to_string().contains("may have been sent"), "{err}");
}

#[test]
fn nothing_shows_the_api_key() {
    let server = TestServer::start(|_| {
        Action::Reply(Reply::json(
            401,
            json!({"error": {"type": "unauthorized", "message": "Unauthorized"}}),
        ))
    });
    let client = client(&server);
    let err = PokeThings.send(&client).unwrap_err();
    for text in [format!("{client:?}"), format!("{err:?}"), err.to_string()] {
        assert!(!text.contains(KEY), "{text}");
        assert!(!text.contains("abcdef123456"), "{text}");
    }
}
