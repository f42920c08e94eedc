//! Access grants and access methods against Prism serving Seam's official
//! OpenAPI document: every request the SDK sends must pass the spec's
//! validation, and the spec's example responses (and random schema-valid
//! ones) must decode into our types.

mod support;

use seamapi::access_grants::unmanaged::{
    GetUnmanagedAccessGrant, ListUnmanagedAccessGrants, UpdateUnmanagedAccessGrant,
};
use seamapi::access_grants::{
    AccessGrant, AccessMethodRequest, CreateAccessGrant, DeleteAccessGrant, GetAccessGrant,
    GetRelated as GetRelatedAccessGrants, GetRelatedInclude, ListAccessGrants, NewLocation,
    NewUserIdentity, RequestAccessMethods, UpdateAccessGrant,
};
use seamapi::access_methods::{GetAccessMethod, ListAccessMethods};
use seamapi::resources::{
    AccessGrantError, AccessGrantPendingMutation, AccessGrantWarning, AccessMethodError,
    AccessMethodPendingMutation, AccessMethodWarning, AccessMode,
};
use seamapi::{Client, Error, Nullable, Timestamp, Uuid};
use serde_json::json;
use support::prism::{Prism, Proxy, prism, prism_dynamic};
use support::server::TestServer;

const USER_IDENTITY: &str = "e3d736c1-540d-4d10-83e5-9a4e135453b4";
const DEVICE: &str = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";
const GRANT: &str = "ef83cca9-5fdf-4ac2-93f3-c21c5a8be54b";
const METHOD: &str = "a1b2c3d4-e5f6-4a3b-8c1d-0e9f8a7b6c5d";
/// The ids and timestamps Prism's examples carry.
const EXAMPLE_GRANT: &str = "06592d69-d534-41e3-96af-9a85c3299bbd";
const EXAMPLE_ID: &str = "497f6eca-6276-4993-bfeb-53cbbbba6f08";
const EXAMPLE_TIME: &str = "2019-08-24T14:15:22Z";

fn id(s: &str) -> Uuid {
    s.parse().unwrap()
}

fn ts(s: &str) -> Timestamp {
    s.parse().unwrap()
}

fn client_for(proxy: &Proxy) -> Client {
    Client::builder()
        .api_key("seam_test_key")
        .endpoint(proxy.url())
        .build()
        .unwrap()
}

/// Runs `call` through a fresh proxy to `prism`, asserts the spec found
/// nothing wrong with the request, and returns the result and the one
/// request sent.
fn checked<T>(
    prism: &Prism,
    call: impl FnOnce(&Client) -> Result<T, Error>,
) -> (T, support::server::Recorded) {
    let proxy = Proxy::to(prism);
    let result = call(&client_for(&proxy));
    proxy.assert_no_request_violations();
    let exchanges = proxy.exchanges();
    assert_eq!(exchanges.len(), 1, "one request per call");
    let value = result.unwrap_or_else(|e| panic!("the call failed: {e}"));
    (value, exchanges.into_iter().next().unwrap().request)
}

/// Asserts every field of Prism's example access grant.
#[allow(deprecated)]
fn assert_example_grant(grant: &AccessGrant) {
    assert_eq!(grant.access_grant_id, id(EXAMPLE_GRANT));
    assert_eq!(grant.access_grant_key.as_deref(), Some("string"));
    assert_eq!(grant.access_method_ids, vec![id(EXAMPLE_ID)]);
    assert_eq!(grant.client_session_token.as_deref(), Some("string"));
    assert_eq!(grant.created_at, ts(EXAMPLE_TIME));
    assert_eq!(
        grant.customization_profile_id,
        Some(id("ab4b94c1-56ca-483c-aa97-5bf6c06eb64a"))
    );
    assert_eq!(grant.display_name, "string");
    assert_eq!(grant.ends_at, Some(ts(EXAMPLE_TIME)));
    assert_eq!(grant.instant_key_url.as_deref(), Some("http://example.com"));
    assert_eq!(grant.location_ids, vec![id(EXAMPLE_ID)]);
    assert_eq!(grant.name.as_deref(), Some("string"));
    assert_eq!(grant.reservation_key.as_deref(), Some("string"));
    assert_eq!(grant.space_ids, vec![id(EXAMPLE_ID)]);
    assert_eq!(grant.starts_at, ts(EXAMPLE_TIME));
    assert_eq!(
        grant.user_identity_id,
        id("018d0dd9-2324-490b-9a44-c18b2f799efe")
    );
    assert_eq!(
        grant.workspace_id,
        id("0967198e-ec7b-4c6b-b4d3-f71244cadbe9")
    );

    let [AccessGrantError::CannotCreateRequestedAccessMethods(error)] = grant.errors.as_slice()
    else {
        panic!("errors: {:?}", grant.errors)
    };
    assert_eq!(error.created_at, ts(EXAMPLE_TIME));
    assert_eq!(error.message, "string");
    assert_eq!(error.missing_device_ids, vec![id(EXAMPLE_ID)]);

    let [AccessGrantWarning::BeingDeleted(warning)] = grant.warnings.as_slice() else {
        panic!("warnings: {:?}", grant.warnings)
    };
    assert_eq!(warning.message, "string");
    assert_eq!(grant.warnings[0].code(), "being_deleted");

    let [AccessGrantPendingMutation::UpdatingSpaces(mutation)] = grant.pending_mutations.as_slice()
    else {
        panic!("pending mutations: {:?}", grant.pending_mutations)
    };
    assert_eq!(mutation.from.device_ids, vec![id(EXAMPLE_ID)]);
    assert_eq!(mutation.to.device_ids, vec![id(EXAMPLE_ID)]);
    assert_eq!(mutation.to.common_code_key.as_deref(), Some("string"));

    let [requested] = grant.requested_access_methods.as_slice() else {
        panic!("requested: {:?}", grant.requested_access_methods)
    };
    assert_eq!(requested.mode, AccessMode::Code);
    assert_eq!(requested.code.as_deref(), Some("string"));
    assert_eq!(requested.created_access_method_ids, vec![id(EXAMPLE_ID)]);
    assert_eq!(requested.instant_key_max_use_count, Some(1));
    assert_eq!(requested.display_name, "string");
}

#[test]
#[allow(deprecated)]
fn create_with_every_parameter_passes_the_spec() {
    let (grant, sent) = checked(prism(), |client| {
        CreateAccessGrant::new(
            id(USER_IDENTITY),
            [
                AccessMethodRequest::pin_code("482913"),
                AccessMethodRequest::mobile_key().instant_key_max_use_count(3),
                AccessMethodRequest::card(),
                AccessMethodRequest::cloud_key(),
            ],
        )
        .access_grant_key("booking-42")
        .acs_entrance_ids([id(DEVICE)])
        .customization_profile_id(id(METHOD))
        .device_ids([id(DEVICE)])
        .starts_at(ts("2025-06-16T16:54:17.946606Z"))
        .ends_at(ts("2025-06-18T16:54:17.946606Z"))
        .location_ids([id(DEVICE)])
        .name("Guest stay")
        .reservation_key("res-1")
        .space_ids([id(GRANT)])
        .space_keys(["lobby"])
        .send(client)
    });
    assert_example_grant(&grant);
    assert_eq!(sent.method, "POST");
    assert_eq!(sent.path, "/access_grants/create");
    assert_eq!(
        sent.json(),
        json!({
            "user_identity_id": USER_IDENTITY,
            "requested_access_methods": [
                {"mode": "code", "code": "482913"},
                {"mode": "mobile_key", "instant_key_max_use_count": 3},
                {"mode": "card"},
                {"mode": "cloud_key"}
            ],
            "access_grant_key": "booking-42",
            "acs_entrance_ids": [DEVICE],
            "customization_profile_id": METHOD,
            "device_ids": [DEVICE],
            "starts_at": "2025-06-16T16:54:17.946606Z",
            "ends_at": "2025-06-18T16:54:17.946606Z",
            "location_ids": [DEVICE],
            "name": "Guest stay",
            "reservation_key": "res-1",
            "space_ids": [GRANT],
            "space_keys": ["lobby"]
        })
    );
}

#[test]
#[allow(deprecated)]
fn create_for_a_new_user_identity_passes_the_spec() {
    let (grant, sent) = checked(prism(), |client| {
        CreateAccessGrant::new(
            NewUserIdentity::default()
                .email_address("jane@example.com")
                .full_name("Jane Doe")
                .phone_number("+15555550100")
                .user_identity_key("jane"),
            [AccessMethodRequest::pin()],
        )
        .location(
            NewLocation::new()
                .name("Lake house")
                .device_ids([id(DEVICE)]),
        )
        .ends_at(Nullable::Null)
        .send(client)
    });
    assert_eq!(grant.access_grant_id, id(EXAMPLE_GRANT));
    assert_eq!(
        sent.json(),
        json!({
            "user_identity": {
                "email_address": "jane@example.com",
                "full_name": "Jane Doe",
                "phone_number": "+15555550100",
                "user_identity_key": "jane"
            },
            "requested_access_methods": [{"mode": "code"}],
            "ends_at": null,
            "location": {"name": "Lake house", "device_ids": [DEVICE]}
        })
    );
}

#[test]
fn get_by_id_and_by_key_pass_the_spec() {
    let (grant, sent) = checked(prism(), |c| GetAccessGrant::new(id(GRANT)).send(c));
    assert_example_grant(&grant);
    assert_eq!(
        (sent.method.as_str(), sent.path.as_str()),
        ("POST", "/access_grants/get")
    );
    assert_eq!(sent.json(), json!({"access_grant_id": GRANT}));

    let (grant, sent) = checked(prism(), |c| GetAccessGrant::new("booking-42").send(c));
    assert_example_grant(&grant);
    assert_eq!(sent.json(), json!({"access_grant_key": "booking-42"}));
}

#[test]
#[allow(deprecated)]
fn list_with_every_filter_passes_the_spec() {
    let (list, sent) = checked(prism(), |c| {
        ListAccessGrants::new()
            .access_grant_ids([id(GRANT), id(METHOD)])
            .access_grant_key(Nullable::Null)
            .access_code_id(id(METHOD))
            .acs_entrance_id(id(DEVICE))
            .acs_system_id(id(DEVICE))
            .customer_key("customer 1")
            .device_id(id(DEVICE))
            .limit(50)
            .location_id(id(DEVICE))
            .page_cursor("cursor/2")
            .reservation_key("res-1")
            .space_id(id(GRANT))
            .user_identity_id(id(USER_IDENTITY))
            .send(c)
    });
    let [grant] = list.access_grants.as_slice() else {
        panic!("{list:?}")
    };
    assert_example_grant(grant);
    assert!(list.pagination.has_next_page);
    assert_eq!(list.pagination.next_page_cursor.as_deref(), Some("string"));
    assert_eq!(
        list.pagination.next_page_url.as_deref(),
        Some("http://example.com")
    );

    assert_eq!(
        (sent.method.as_str(), sent.path.as_str()),
        ("GET", "/access_grants/list")
    );
    assert!(sent.body.is_empty());
    assert_eq!(
        sent.query.as_deref(),
        Some(&*format!(
            "access_code_id={METHOD}&access_grant_ids={GRANT}&access_grant_ids={METHOD}&access_grant_key=\
             &acs_entrance_id={DEVICE}&acs_system_id={DEVICE}&customer_key=customer+1&device_id={DEVICE}\
             &limit=50&location_id={DEVICE}&page_cursor=cursor%2F2&reservation_key=res-1\
             &space_id={GRANT}&user_identity_id={USER_IDENTITY}"
        ))
    );

    let (_, sent) = checked(prism(), |c| ListAccessGrants::new().send(c));
    assert_eq!(sent.query, None, "no filter, no query string");
}

#[test]
fn update_tells_leave_as_is_from_clear() {
    let (_, sent) = checked(prism(), |c| {
        UpdateAccessGrant::new()
            .access_grant_id(id(GRANT))
            .ends_at(Nullable::Null)
            .starts_at(ts("2025-06-16T16:54:17.946606Z"))
            .send(c)
    });
    assert_eq!(
        (sent.method.as_str(), sent.path.as_str()),
        ("POST", "/access_grants/update")
    );
    assert_eq!(
        sent.json(),
        json!({"access_grant_id": GRANT, "ends_at": null, "starts_at": "2025-06-16T16:54:17.946606Z"})
    );

    let (_, sent) = checked(prism(), |c| {
        UpdateAccessGrant::new()
            .access_grant_key("booking-42")
            .name("Renamed")
            .ends_at(ts("2026-01-01T00:00:00Z"))
            .send(c)
    });
    assert_eq!(
        sent.json(),
        json!({"access_grant_key": "booking-42", "name": "Renamed", "ends_at": "2026-01-01T00:00:00Z"})
    );

    let (_, sent) = checked(prism(), |c| {
        UpdateAccessGrant::new()
            .access_grant_id(id(GRANT))
            .name(Nullable::Null)
            .send(c)
    });
    assert_eq!(sent.json(), json!({"access_grant_id": GRANT, "name": null}));
}

#[test]
fn delete_passes_the_spec() {
    let ((), sent) = checked(prism(), |c| DeleteAccessGrant::new(id(GRANT)).send(c));
    assert_eq!(
        (sent.method.as_str(), sent.path.as_str()),
        ("POST", "/access_grants/delete")
    );
    assert_eq!(sent.query, None);
    assert_eq!(sent.json(), json!({"access_grant_id": GRANT}));
}

#[test]
fn request_access_methods_passes_the_spec() {
    let (grant, sent) = checked(prism(), |c| {
        RequestAccessMethods::new(
            id(GRANT),
            [
                AccessMethodRequest::pin_code("1234"),
                AccessMethodRequest::mobile_key(),
            ],
        )
        .send(c)
    });
    assert_example_grant(&grant);
    assert_eq!(sent.path, "/access_grants/request_access_methods");
    assert_eq!(
        sent.json(),
        json!({"access_grant_id": GRANT, "requested_access_methods": [
            {"mode": "code", "code": "1234"}, {"mode": "mobile_key"}]})
    );
}

#[test]
fn get_related_passes_the_spec() {
    let (related, sent) = checked(prism(), |c| {
        GetRelatedAccessGrants::new()
            .access_grant_ids([id(GRANT)])
            .access_grant_keys(["booking-42"])
            .include([GetRelatedInclude::AccessMethods, GetRelatedInclude::Devices])
            .exclude([seamapi::access_grants::GetRelatedExclude::Spaces])
            .send(c)
    });
    assert_eq!(
        sent.query.as_deref(),
        Some(&*format!(
            "access_grant_ids={GRANT}&access_grant_keys=booking-42&exclude=spaces&include=access_methods&include=devices"
        ))
    );
    let [method] = related.access_methods.as_slice() else {
        panic!("{related:?}")
    };
    assert_eq!(
        method.access_method_id,
        id("b875bb6c-cdf3-4052-9b0b-9bc3a6b081d8")
    );
    assert!(!related.devices.is_empty());
    assert_eq!(
        related.devices[0].device_id,
        id("3bafab7b-4400-4bcf-8e6e-09f954699940"),
        "devices are typed now"
    );
    assert!(!related.acs_access_groups.is_empty());
}

#[test]
fn unmanaged_grants_pass_the_spec() {
    let (grant, sent) = checked(prism(), |c| GetUnmanagedAccessGrant::new(id(GRANT)).send(c));
    assert_eq!(
        sent.query.as_deref(),
        Some(&*format!("access_grant_id={GRANT}"))
    );
    assert_eq!(grant.access_grant_id, id(EXAMPLE_GRANT));
    assert_eq!(
        grant.user_identity_id,
        Some(id("018d0dd9-2324-490b-9a44-c18b2f799efe"))
    );
    assert_eq!(grant.reservation_key.as_deref(), Some("string"));
    assert!(matches!(
        grant.errors.as_slice(),
        [seamapi::resources::UnmanagedAccessGrantError::CannotCreateRequestedAccessMethods(_)]
    ));

    let (list, sent) = checked(prism(), |c| {
        ListUnmanagedAccessGrants::new()
            .acs_entrance_id(id(DEVICE))
            .acs_system_id(id(DEVICE))
            .limit(10)
            .page_cursor("next")
            .reservation_key("res-1")
            .user_identity_id(id(USER_IDENTITY))
            .send(c)
    });
    assert_eq!(
        sent.query.as_deref(),
        Some(&*format!(
            "acs_entrance_id={DEVICE}&acs_system_id={DEVICE}&limit=10&page_cursor=next&reservation_key=res-1&user_identity_id={USER_IDENTITY}"
        ))
    );
    assert_eq!(list.access_grants.len(), 1);
    assert!(list.pagination.has_next_page);

    let ((), sent) = checked(prism(), |c| {
        UpdateUnmanagedAccessGrant::new(id(GRANT), true)
            .access_grant_key("now-managed")
            .send(c)
    });
    assert_eq!(sent.method, "POST");
    assert_eq!(
        sent.json(),
        json!({"access_grant_id": GRANT, "access_grant_key": "now-managed", "is_managed": true})
    );
}

#[test]
fn access_methods_pass_the_spec() {
    let (method, sent) = checked(prism(), |c| GetAccessMethod::new(id(METHOD)).send(c));
    assert_eq!(
        sent.query.as_deref(),
        Some(&*format!("access_method_id={METHOD}"))
    );
    assert_eq!(
        method.access_method_id,
        id("b875bb6c-cdf3-4052-9b0b-9bc3a6b081d8")
    );
    assert_eq!(method.mode, AccessMode::Code);
    assert_eq!(method.code.as_deref(), Some("string"));
    assert!(method.is_issued);
    assert_eq!(method.issued_at, Some(ts(EXAMPLE_TIME)));
    assert!(matches!(
        method.errors.as_slice(),
        [AccessMethodError::FailedToIssue(_)]
    ));
    assert!(matches!(
        method.warnings.as_slice(),
        [AccessMethodWarning::BeingDeleted(_)]
    ));
    let [AccessMethodPendingMutation::ProvisioningAccess(mutation)] =
        method.pending_mutations.as_slice()
    else {
        panic!("{:?}", method.pending_mutations)
    };
    assert_eq!(mutation.to.device_ids, vec![id(EXAMPLE_ID)]);

    let (list, sent) = checked(prism(), |c| {
        ListAccessMethods::new()
            .access_grant_id(id(GRANT))
            .device_id(id(DEVICE))
            .acs_entrance_id(id(DEVICE))
            .space_id(id(GRANT))
            .access_code_id(id(METHOD))
            .send(c)
    });
    assert_eq!(
        sent.query.as_deref(),
        Some(&*format!(
            "access_code_id={METHOD}&access_grant_id={GRANT}&acs_entrance_id={DEVICE}&device_id={DEVICE}&space_id={GRANT}"
        ))
    );
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].access_method_id, method.access_method_id);

    let (_, sent) = checked(prism(), |c| {
        ListAccessMethods::new()
            .access_grant_key("booking-42")
            .send(c)
    });
    assert_eq!(sent.query.as_deref(), Some("access_grant_key=booking-42"));
}

/// One call of every endpoint, each returning a short summary of what it
/// decoded (to show something was decoded).
type Call = Box<dyn Fn(&Client) -> Result<usize, Error>>;

fn every_endpoint() -> Vec<(&'static str, Call)> {
    vec![
        (
            "access_grants/create",
            Box::new(|c| {
                CreateAccessGrant::new(id(USER_IDENTITY), [AccessMethodRequest::pin()])
                    .send(c)
                    .map(|g| g.requested_access_methods.len())
            }),
        ),
        (
            "access_grants/get",
            Box::new(|c| {
                GetAccessGrant::new(id(GRANT))
                    .send(c)
                    .map(|g| g.errors.len())
            }),
        ),
        (
            "access_grants/list",
            Box::new(|c| {
                ListAccessGrants::new()
                    .send(c)
                    .map(|l| l.access_grants.len())
            }),
        ),
        (
            "access_grants/update",
            Box::new(|c| {
                UpdateAccessGrant::new()
                    .access_grant_id(id(GRANT))
                    .name("x")
                    .send(c)
                    .map(|()| 1)
            }),
        ),
        (
            "access_grants/delete",
            Box::new(|c| DeleteAccessGrant::new(id(GRANT)).send(c).map(|()| 1)),
        ),
        (
            "access_grants/request_access_methods",
            Box::new(|c| {
                RequestAccessMethods::new(id(GRANT), [AccessMethodRequest::card()])
                    .send(c)
                    .map(|g| g.warnings.len())
            }),
        ),
        (
            "access_grants/get_related",
            Box::new(|c| {
                GetRelatedAccessGrants::new()
                    .access_grant_ids([id(GRANT)])
                    .send(c)
                    .map(|r| r.access_methods.len())
            }),
        ),
        (
            "access_grants/unmanaged/get",
            Box::new(|c| {
                GetUnmanagedAccessGrant::new(id(GRANT))
                    .send(c)
                    .map(|g| g.errors.len())
            }),
        ),
        (
            "access_grants/unmanaged/list",
            Box::new(|c| {
                ListUnmanagedAccessGrants::new()
                    .send(c)
                    .map(|l| l.access_grants.len())
            }),
        ),
        (
            "access_grants/unmanaged/update",
            Box::new(|c| {
                UpdateUnmanagedAccessGrant::new(id(GRANT), true)
                    .send(c)
                    .map(|()| 1)
            }),
        ),
        (
            "access_methods/get",
            Box::new(|c| {
                GetAccessMethod::new(id(METHOD))
                    .send(c)
                    .map(|m| m.warnings.len())
            }),
        ),
        (
            "access_methods/list",
            Box::new(|c| {
                ListAccessMethods::new()
                    .access_grant_id(id(GRANT))
                    .send(c)
                    .map(|l| l.len())
            }),
        ),
    ]
}

/// Random schema-valid responses per endpoint from Prism's dynamic mode.
const DYNAMIC_ROUNDS: usize = 50;

#[test]
fn random_schema_valid_responses_decode() {
    let proxy = Proxy::to(prism_dynamic());
    let client = client_for(&proxy);
    let mut decoded = 0;
    for (name, call) in every_endpoint() {
        for round in 0..DYNAMIC_ROUNDS {
            if let Err(e) = call(&client) {
                let body = proxy
                    .exchanges()
                    .last()
                    .map(|x| String::from_utf8_lossy(&x.body).into_owned())
                    .unwrap_or_default();
                panic!("{name}, round {round}: {e}\nresponse: {body}");
            }
            decoded += 1;
        }
    }
    proxy.assert_no_request_violations();
    assert_eq!(decoded, every_endpoint().len() * DYNAMIC_ROUNDS);
    assert_eq!(proxy.exchanges().len(), decoded);
    println!(
        "decoded {decoded} random responses from {} endpoints",
        every_endpoint().len()
    );
}

/// Client-side checks: each failure names the parameter, and nothing at all
/// reaches the server.
#[test]
fn invalid_parameters_are_caught_before_sending() {
    let server = TestServer::start(|_| panic!("nothing may be sent"));
    let client = Client::builder()
        .api_key("seam_test_key")
        .endpoint(server.url())
        .build()
        .unwrap();
    let start = ts("2025-06-16T16:54:17.946606Z");
    let end = ts("2025-06-18T16:54:17.946606Z");
    let create = || CreateAccessGrant::new(id(USER_IDENTITY), [AccessMethodRequest::pin()]);
    let cases: Vec<(Result<(), Error>, &str, &str)> = vec![
        (
            CreateAccessGrant::new(id(USER_IDENTITY), Vec::<AccessMethodRequest>::new())
                .send(&client)
                .map(drop),
            "requested_access_methods",
            "at least one",
        ),
        (
            CreateAccessGrant::new(
                id(USER_IDENTITY),
                [
                    AccessMethodRequest::card(),
                    AccessMethodRequest::pin_code("123"),
                ],
            )
            .send(&client)
            .map(drop),
            "requested_access_methods.1.code",
            "4 to 9 digits",
        ),
        (
            CreateAccessGrant::new(
                id(USER_IDENTITY),
                [AccessMethodRequest::pin_code("1234567890")],
            )
            .send(&client)
            .map(drop),
            "requested_access_methods.0.code",
            "4 to 9 digits",
        ),
        (
            CreateAccessGrant::new(id(USER_IDENTITY), [AccessMethodRequest::pin_code("12a4")])
                .send(&client)
                .map(drop),
            "requested_access_methods.0.code",
            "digits",
        ),
        (
            CreateAccessGrant::new(
                id(USER_IDENTITY),
                [AccessMethodRequest::mobile_key().instant_key_max_use_count(0)],
            )
            .send(&client)
            .map(drop),
            "requested_access_methods.0.instant_key_max_use_count",
            "at least 1",
        ),
        (
            create()
                .starts_at(end)
                .ends_at(start)
                .send(&client)
                .map(drop),
            "ends_at",
            "after starts_at",
        ),
        (
            create()
                .starts_at(start)
                .ends_at(start)
                .send(&client)
                .map(drop),
            "ends_at",
            "after starts_at",
        ),
        (
            create().access_grant_key("").send(&client).map(drop),
            "access_grant_key",
            "empty",
        ),
        (
            create().space_keys(["a", ""]).send(&client).map(drop),
            "space_keys.1",
            "empty",
        ),
        (
            CreateAccessGrant::new(
                NewUserIdentity::default().full_name(""),
                [AccessMethodRequest::pin()],
            )
            .send(&client)
            .map(drop),
            "user_identity.full_name",
            "empty",
        ),
        (
            RequestAccessMethods::new(id(GRANT), [AccessMethodRequest::pin_code("12")])
                .send(&client)
                .map(drop),
            "requested_access_methods.0.code",
            "4 to 9 digits",
        ),
        (
            RequestAccessMethods::new(id(GRANT), Vec::<AccessMethodRequest>::new())
                .send(&client)
                .map(drop),
            "requested_access_methods",
            "at least one",
        ),
        (
            UpdateAccessGrant::new()
                .access_grant_id(id(GRANT))
                .starts_at(end)
                .ends_at(start)
                .send(&client),
            "ends_at",
            "after starts_at",
        ),
        (
            UpdateAccessGrant::new().access_grant_key("").send(&client),
            "access_grant_key",
            "empty",
        ),
        (
            UpdateAccessGrant::new()
                .name("no grant named")
                .send(&client),
            "access_grant_id",
            "exactly one of access_grant_id and access_grant_key",
        ),
    ];
    for (result, parameter, fragment) in cases {
        let err = result.expect_err(parameter);
        let Error::InvalidParameter(e) = &err else {
            panic!("{parameter}: expected an invalid parameter, got {err:?}")
        };
        assert_eq!(e.parameter, parameter, "{err}");
        assert!(e.message.contains(fragment), "{parameter}: {err}");
        assert!(err.to_string().contains("nothing was sent"), "{err}");
        assert!(!err.may_have_been_sent());
    }
    assert_eq!(server.requests().len(), 0, "nothing reached the server");
    assert_eq!(server.connections(), 0, "no connection was even opened");
}

/// The harness itself: a request that breaks the spec is caught, so that the
/// checks above cannot pass by seeing nothing.
#[test]
fn the_harness_catches_a_request_that_breaks_the_spec() {
    #[seamapi::seam_endpoint(POST, "/access_grants/get", response = AccessGrant, key = "access_grant")]
    struct SloppyGet {
        access_grant_id: String,
    }
    let proxy = Proxy::to(prism());
    let err = SloppyGet {
        access_grant_id: "not-a-uuid".into(),
    }
    .send(&client_for(&proxy))
    .unwrap_err();
    assert!(matches!(err.status(), Some(400 | 422)), "{err}");
    let violations = proxy.request_violations();
    assert!(
        violations
            .iter()
            .any(|(_, v)| v.location.iter().any(|l| l == "access_grant_id")),
        "{violations:#?}"
    );
}
