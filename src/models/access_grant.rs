//! Access Grant resource (`access_grant` in the OpenAPI document), as returned
//! by `/access_grants/create`, `/access_grants/get`, `/access_grants/list` and
//! `/access_grants/request_access_methods`.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use seamapi_runtime::{string_enum, tagged_union};

/// A grant of access for one user identity to a set of spaces, entrances or
/// devices, delivered through one or more access methods (early-access API).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct AccessGrant {
    /// Unique identifier of this access grant.
    pub access_grant_id: Uuid,
    /// Caller-chosen key identifying the grant inside its workspace, if one was set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_grant_key: Option<String>,
    /// Identifiers of the access methods issued for this grant.
    #[serde(default)]
    pub access_method_ids: Vec<Uuid>,
    /// Client session token; present only when the grant includes a mobile key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_session_token: Option<String>,
    /// When the grant was created.
    pub created_at: Timestamp,
    /// Customization profile applied to the grant, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customization_profile_id: Option<Uuid>,
    /// Human-readable name shown for the grant (given or computed).
    pub display_name: String,
    /// When access stops; `None` means the grant has no end.
    #[serde(default)]
    pub ends_at: Option<Timestamp>,
    /// Problems currently affecting the grant.
    #[serde(default)]
    pub errors: Vec<AccessGrantError>,
    /// Instant Key link; present only when the grant has exactly one mobile key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instant_key_url: Option<String>,
    /// Legacy location identifiers of the grant.
    #[deprecated(note = "Use `space_ids` instead.")]
    #[serde(default)]
    pub location_ids: Vec<Uuid>,
    /// Name given to the grant by the caller, if any.
    #[serde(default)]
    pub name: Option<String>,
    /// Changes to the grant that Seam is still applying.
    #[serde(default)]
    pub pending_mutations: Vec<AccessGrantPendingMutation>,
    /// Access methods asked for when the grant was created or extended.
    #[serde(default)]
    pub requested_access_methods: Vec<RequestedAccessMethod>,
    /// Reservation key attached to the grant, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reservation_key: Option<String>,
    /// Spaces the grant opens.
    #[serde(default)]
    pub space_ids: Vec<Uuid>,
    /// When access begins.
    pub starts_at: Timestamp,
    /// User identity that receives the access.
    pub user_identity_id: Uuid,
    /// Non-blocking conditions currently reported on the grant.
    #[serde(default)]
    pub warnings: Vec<AccessGrantWarning>,
    /// Workspace that owns the grant.
    pub workspace_id: Uuid,
}

string_enum! {
    /// Kind of credential delivered by an access method.
    pub enum AccessMode {
        /// A PIN code typed on a keypad.
        Code => "code",
        /// A plastic (key) card.
        Card => "card",
        /// A mobile key in a phone app or Instant Key.
        MobileKey => "mobile_key",
        /// Remote unlocking through the Seam API.
        CloudKey => "cloud_key",
    }
}

/// One access method that was asked for on an access grant.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct RequestedAccessMethod {
    /// Specific PIN requested (4 to 9 digits); only meaningful for [`AccessMode::Code`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Access methods created to fulfil this request.
    #[serde(default)]
    pub created_access_method_ids: Vec<Uuid>,
    /// When the request was added to the grant.
    pub created_at: Timestamp,
    /// Human-readable name of the requested access method.
    pub display_name: String,
    /// Maximum uses of the Instant Key (at least 1); only meaningful for mobile keys.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instant_key_max_use_count: Option<u64>,
    /// Kind of credential requested.
    pub mode: AccessMode,
}

tagged_union! {
    /// An error reported on an access grant, identified by `error_code`.
    pub enum AccessGrantError tag "error_code" {
        /// Some of the requested access methods could not be created.
        CannotCreateRequestedAccessMethods("cannot_create_requested_access_methods")
            => CannotCreateRequestedAccessMethodsError,
    }
}

/// Payload of [`AccessGrantError::CannotCreateRequestedAccessMethods`].
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct CannotCreateRequestedAccessMethodsError {
    /// When Seam raised the error.
    pub created_at: Timestamp,
    /// Explanation of the error.
    pub message: String,
    /// Devices that got no access code when the grant was created, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub missing_device_ids: Option<Vec<Uuid>>,
}

tagged_union! {
    /// A warning reported on an access grant, identified by `warning_code`.
    pub enum AccessGrantWarning tag "warning_code" {
        /// The grant is in the middle of being deleted.
        BeingDeleted("being_deleted") => BeingDeletedWarning,
        /// The grant lacks some of the locations it should cover; they are being added.
        UnderprovisionedAccess("underprovisioned_access") => UnderprovisionedAccessWarning,
        /// The grant covers locations it should not; they are being removed.
        OverprovisionedAccess("overprovisioned_access") => OverprovisionedAccessWarning,
        /// The start or end time of the grant is being changed.
        UpdatingAccessTimes("updating_access_times") => UpdatingAccessTimesWarning,
        /// The requested PIN was taken on a device, so another PIN was issued.
        RequestedCodeUnavailable("requested_code_unavailable") => RequestedCodeUnavailableWarning,
        /// A device of the grant cannot hold access codes and was skipped.
        DeviceDoesNotSupportAccessCodes("device_does_not_support_access_codes")
            => DeviceDoesNotSupportAccessCodesWarning,
        /// A device cannot store a code for the grant's time window.
        DeviceTimeConstraintsViolated("device_time_constraints_violated")
            => DeviceTimeConstraintsViolatedWarning,
    }
}

/// Payload of [`AccessGrantWarning::BeingDeleted`].
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct BeingDeletedWarning {
    /// When Seam raised the warning.
    pub created_at: Timestamp,
    /// Explanation of the warning.
    pub message: String,
}

/// Payload of [`AccessGrantWarning::UnderprovisionedAccess`].
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct UnderprovisionedAccessWarning {
    /// When Seam raised the warning.
    pub created_at: Timestamp,
    /// Explanation of the warning.
    pub message: String,
}

/// Payload of [`AccessGrantWarning::OverprovisionedAccess`].
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct OverprovisionedAccessWarning {
    /// When Seam raised the warning.
    pub created_at: Timestamp,
    /// Explanation of the warning.
    pub message: String,
    /// Devices whose codes could not be removed, when some removal failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failed_devices: Option<Vec<FailedDevice>>,
}

/// A device on which revoking an access code failed.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct FailedDevice {
    /// The device concerned.
    pub device_id: Uuid,
    /// Machine-readable cause, such as `offline_access_code_not_revocable`.
    pub error_code: String,
    /// Explanation of the failure.
    pub message: String,
}

/// Payload of [`AccessGrantWarning::UpdatingAccessTimes`].
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct UpdatingAccessTimesWarning {
    /// When Seam raised the warning.
    pub created_at: Timestamp,
    /// Explanation of the warning.
    pub message: String,
    /// Access methods whose times are being changed.
    #[serde(default)]
    pub access_method_ids: Vec<Uuid>,
}

/// Payload of [`AccessGrantWarning::RequestedCodeUnavailable`].
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct RequestedCodeUnavailableWarning {
    /// When Seam raised the warning.
    pub created_at: Timestamp,
    /// Explanation of the warning.
    pub message: String,
    /// Device on which the requested PIN was not available.
    pub device_id: Uuid,
    /// The PIN that was asked for.
    pub original_code: String,
    /// The PIN that was issued in its place.
    pub new_code: String,
}

/// Payload of [`AccessGrantWarning::DeviceDoesNotSupportAccessCodes`].
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct DeviceDoesNotSupportAccessCodesWarning {
    /// When Seam raised the warning.
    pub created_at: Timestamp,
    /// Explanation of the warning.
    pub message: String,
    /// Device that was left out because it has no access-code support.
    pub device_id: Uuid,
}

/// Payload of [`AccessGrantWarning::DeviceTimeConstraintsViolated`].
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct DeviceTimeConstraintsViolatedWarning {
    /// When Seam raised the warning.
    pub created_at: Timestamp,
    /// Explanation of the warning.
    pub message: String,
    /// Device whose scheduling limits the grant does not fit.
    pub device_id: Uuid,
    /// Which limit the grant's times break.
    pub reason: DeviceTimeConstraintReason,
}

string_enum! {
    /// Why a grant's time window cannot be programmed on a device.
    pub enum DeviceTimeConstraintReason {
        /// The window is longer than the device allows.
        DurationExceedsMax => "duration_exceeds_max",
        /// The start or end does not line up with the device's time slots.
        TimesDoNotMatchSlots => "times_do_not_match_slots",
        /// The device cannot hold a code without an end time.
        OngoingNotSupported => "ongoing_not_supported",
    }
}

tagged_union! {
    /// A change to an access grant still being applied, identified by `mutation_code`.
    pub enum AccessGrantPendingMutation tag "mutation_code" {
        /// The devices or spaces covered by the grant are changing.
        UpdatingSpaces("updating_spaces") => UpdatingSpacesMutation,
        /// The start or end time of the grant is changing.
        UpdatingAccessTimes("updating_access_times") => UpdatingAccessTimesMutation,
    }
}

/// Payload of [`AccessGrantPendingMutation::UpdatingSpaces`].
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct UpdatingSpacesMutation {
    /// When the change was started.
    pub created_at: Timestamp,
    /// Explanation of the change.
    pub message: String,
    /// Devices covered before the change.
    pub from: DeviceConfiguration,
    /// Devices covered after the change.
    pub to: UpdatingSpacesTarget,
}

/// A set of devices before or after a pending change.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct DeviceConfiguration {
    /// The devices concerned.
    #[serde(default)]
    pub device_ids: Vec<Uuid>,
}

/// Target of an [`UpdatingSpacesMutation`].
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct UpdatingSpacesTarget {
    /// Devices on which access codes should exist after the change.
    #[serde(default)]
    pub device_ids: Vec<Uuid>,
    /// Key that makes the same PIN be reused across devices, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub common_code_key: Option<String>,
}

/// Payload of [`AccessGrantPendingMutation::UpdatingAccessTimes`].
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct UpdatingAccessTimesMutation {
    /// When the change was started.
    pub created_at: Timestamp,
    /// Explanation of the change.
    pub message: String,
    /// Access methods whose times are changing.
    #[serde(default)]
    pub access_method_ids: Vec<Uuid>,
    /// Time window before the change.
    pub from: AccessTimes,
    /// Time window after the change.
    pub to: AccessTimes,
}

/// A start/end time window before or after a pending change.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct AccessTimes {
    /// Start of access; `None` when unset.
    #[serde(default)]
    pub starts_at: Option<Timestamp>,
    /// End of access; `None` when unset.
    #[serde(default)]
    pub ends_at: Option<Timestamp>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::UnknownVariant;

    /// Exact response of Prism (static mode) for `POST /access_grants/create`.
    const PRISM_CREATE: &str = r#"{"access_grant":{"access_grant_id":"06592d69-d534-41e3-96af-9a85c3299bbd","access_grant_key":"string","access_method_ids":["497f6eca-6276-4993-bfeb-53cbbbba6f08"],"client_session_token":"string","created_at":"2019-08-24T14:15:22Z","customization_profile_id":"ab4b94c1-56ca-483c-aa97-5bf6c06eb64a","display_name":"string","ends_at":"2019-08-24T14:15:22Z","errors":[{"created_at":"2019-08-24T14:15:22Z","error_code":"cannot_create_requested_access_methods","message":"string","missing_device_ids":["497f6eca-6276-4993-bfeb-53cbbbba6f08"]}],"instant_key_url":"http://example.com","location_ids":["497f6eca-6276-4993-bfeb-53cbbbba6f08"],"name":"string","pending_mutations":[{"created_at":"2019-08-24T14:15:22Z","from":{"device_ids":["497f6eca-6276-4993-bfeb-53cbbbba6f08"]},"message":"string","mutation_code":"updating_spaces","to":{"common_code_key":"string","device_ids":["497f6eca-6276-4993-bfeb-53cbbbba6f08"]}}],"requested_access_methods":[{"code":"string","created_access_method_ids":["497f6eca-6276-4993-bfeb-53cbbbba6f08"],"created_at":"2019-08-24T14:15:22Z","display_name":"string","instant_key_max_use_count":1,"mode":"code"}],"reservation_key":"string","space_ids":["497f6eca-6276-4993-bfeb-53cbbbba6f08"],"starts_at":"2019-08-24T14:15:22Z","user_identity_id":"018d0dd9-2324-490b-9a44-c18b2f799efe","warnings":[{"created_at":"2019-08-24T14:15:22Z","message":"string","warning_code":"being_deleted"}],"workspace_id":"0967198e-ec7b-4c6b-b4d3-f71244cadbe9"},"ok":true}"#;

    /// Response example from Seam's doc page for `POST /access_grants/create`.
    /// It omits several properties the OpenAPI document marks as required
    /// (`location_ids`, `space_ids`, `name`, `errors`, `warnings`, `pending_mutations`).
    const DOC_CREATE_EXAMPLE: &str = r#"{
      "access_grant_id": "ef83cca9-5fdf-4ac2-93f3-c21c5a8be54b",
      "access_method_ids": [
        "a1b2c3d4-e5f6-4a3b-2c1d-0e9f8a7b6c5d"
      ],
      "created_at": "2025-06-16T16:54:17.946606Z",
      "display_name": "My Access Grant",
      "ends_at": "2025-06-18T16:54:17.946606Z",
      "requested_access_methods": [
        {
          "display_name": "PIN Code Credential",
          "mode": "code",
          "created_at": "2025-06-16T16:54:17.946606Z",
          "created_access_method_ids": [
            "a1b2c3d4-e5f6-4a3b-2c1d-0e9f8a7b6c5d"
          ]
        }
      ],
      "starts_at": "2025-06-16T16:54:17.946606Z",
      "user_identity_id": "e3d736c1-540d-4d10-83e5-9a4e135453b4",
      "workspace_id": "750fc0bc-4450-4356-8d9f-18c6a3a6b2c7"
    }"#;

    #[derive(Deserialize)]
    struct CreateResponse {
        access_grant: AccessGrant,
        ok: bool,
    }

    fn uuid(s: &str) -> Uuid {
        s.parse().unwrap()
    }

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn decodes_prism_create_example() {
        let resp: CreateResponse = serde_json::from_str(PRISM_CREATE).unwrap();
        assert!(resp.ok);
        let g = resp.access_grant;
        let item = uuid("497f6eca-6276-4993-bfeb-53cbbbba6f08");
        let t = ts("2019-08-24T14:15:22Z");
        assert_eq!(
            g.access_grant_id,
            uuid("06592d69-d534-41e3-96af-9a85c3299bbd")
        );
        assert_eq!(g.access_grant_key.as_deref(), Some("string"));
        assert_eq!(g.access_method_ids, vec![item]);
        assert_eq!(g.client_session_token.as_deref(), Some("string"));
        assert_eq!(g.created_at, t);
        assert_eq!(g.created_at.to_string(), "2019-08-24T14:15:22Z");
        assert_eq!(
            g.customization_profile_id,
            Some(uuid("ab4b94c1-56ca-483c-aa97-5bf6c06eb64a"))
        );
        assert_eq!(g.display_name, "string");
        assert_eq!(g.ends_at, Some(t));
        assert_eq!(g.instant_key_url.as_deref(), Some("http://example.com"));
        assert_eq!(g.name.as_deref(), Some("string"));
        assert_eq!(g.reservation_key.as_deref(), Some("string"));
        assert_eq!(g.space_ids, vec![item]);
        assert_eq!(g.starts_at, t);
        assert_eq!(
            g.user_identity_id,
            uuid("018d0dd9-2324-490b-9a44-c18b2f799efe")
        );
        assert_eq!(g.workspace_id, uuid("0967198e-ec7b-4c6b-b4d3-f71244cadbe9"));

        assert_eq!(
            g.errors,
            vec![AccessGrantError::CannotCreateRequestedAccessMethods(
                CannotCreateRequestedAccessMethodsError {
                    created_at: t,
                    message: "string".into(),
                    missing_device_ids: Some(vec![item]),
                }
            )]
        );
        assert_eq!(g.errors[0].code(), "cannot_create_requested_access_methods");
        assert_eq!(
            g.warnings,
            vec![AccessGrantWarning::BeingDeleted(BeingDeletedWarning {
                created_at: t,
                message: "string".into(),
            })]
        );
        assert_eq!(g.warnings[0].code(), "being_deleted");
        assert_eq!(
            g.pending_mutations,
            vec![AccessGrantPendingMutation::UpdatingSpaces(
                UpdatingSpacesMutation {
                    created_at: t,
                    message: "string".into(),
                    from: DeviceConfiguration {
                        device_ids: vec![item]
                    },
                    to: UpdatingSpacesTarget {
                        device_ids: vec![item],
                        common_code_key: Some("string".into()),
                    },
                }
            )]
        );
        assert_eq!(g.pending_mutations[0].code(), "updating_spaces");
        assert_eq!(
            g.requested_access_methods,
            vec![RequestedAccessMethod {
                code: Some("string".into()),
                created_access_method_ids: vec![item],
                created_at: t,
                display_name: "string".into(),
                instant_key_max_use_count: Some(1),
                mode: AccessMode::Code,
            }]
        );
    }

    #[test]
    #[allow(deprecated)] // Reading `location_ids` must opt in to deprecated items.
    fn deprecated_location_ids_is_still_decoded() {
        let resp: CreateResponse = serde_json::from_str(PRISM_CREATE).unwrap();
        assert_eq!(
            resp.access_grant.location_ids,
            vec![uuid("497f6eca-6276-4993-bfeb-53cbbbba6f08")]
        );
    }

    #[test]
    fn decodes_doc_example_and_keeps_microseconds() {
        let g: AccessGrant = serde_json::from_str(DOC_CREATE_EXAMPLE).unwrap();
        assert_eq!(g.created_at.to_string(), "2025-06-16T16:54:17.946606Z");
        assert_eq!(g.starts_at.to_string(), "2025-06-16T16:54:17.946606Z");
        assert_eq!(
            g.ends_at.map(|t| t.to_string()).as_deref(),
            Some("2025-06-18T16:54:17.946606Z")
        );
        assert_eq!(
            g.requested_access_methods[0].created_at.to_string(),
            "2025-06-16T16:54:17.946606Z"
        );
        assert_eq!(g.requested_access_methods[0].mode, AccessMode::Code);
        assert_eq!(g.requested_access_methods[0].code, None);
        assert_eq!(g.display_name, "My Access Grant");
        assert_eq!(
            g.access_grant_id,
            uuid("ef83cca9-5fdf-4ac2-93f3-c21c5a8be54b")
        );
        // Required-but-absent arrays decode as empty, the absent nullable name as None.
        assert!(g.errors.is_empty() && g.warnings.is_empty() && g.pending_mutations.is_empty());
        assert!(g.space_ids.is_empty());
        assert_eq!(g.name, None);
        // Serializing keeps the timestamps byte for byte.
        let v = serde_json::to_value(&g).unwrap();
        assert_eq!(v["created_at"], "2025-06-16T16:54:17.946606Z");
    }

    #[test]
    fn unknown_variants_values_and_fields_are_kept_or_ignored() {
        let json = r#"{
          "access_grant_id": "ef83cca9-5fdf-4ac2-93f3-c21c5a8be54b",
          "access_method_ids": [],
          "created_at": "2025-06-16T16:54:17.946606Z",
          "display_name": "x",
          "ends_at": null,
          "name": null,
          "location_ids": [],
          "space_ids": [],
          "starts_at": "2025-06-16T16:54:17Z",
          "user_identity_id": "e3d736c1-540d-4d10-83e5-9a4e135453b4",
          "workspace_id": "750fc0bc-4450-4356-8d9f-18c6a3a6b2c7",
          "brand_new_top_level_field": {"nested": [1, 2, 3]},
          "requested_access_methods": [{
            "display_name": "d", "mode": "retina_scan",
            "created_at": "2025-06-16T16:54:17Z", "created_access_method_ids": []
          }],
          "warnings": [
            {"warning_code": "solar_flare", "message": "m", "created_at": "2025-06-16T16:54:17Z", "severity": 3},
            {"warning_code": "device_time_constraints_violated", "message": "m",
             "created_at": "2025-06-16T16:54:17Z",
             "device_id": "e3d736c1-540d-4d10-83e5-9a4e135453b4", "reason": "moon_phase"}
          ],
          "errors": [{"error_code": "quota_exceeded", "message": "m", "limit": 10}],
          "pending_mutations": [{"mutation_code": "renaming", "to": {"name": "n"}}]
        }"#;
        let g: AccessGrant = serde_json::from_str(json).unwrap();
        assert_eq!(g.ends_at, None);
        assert_eq!(
            g.requested_access_methods[0].mode,
            AccessMode::Other("retina_scan".into())
        );
        assert_eq!(g.requested_access_methods[0].mode.as_str(), "retina_scan");

        let AccessGrantWarning::Other(UnknownVariant { tag, fields }) = &g.warnings[0] else {
            panic!("expected Other, got {:?}", g.warnings[0]);
        };
        assert_eq!(tag, "solar_flare");
        assert_eq!(fields["severity"], 3);
        assert_eq!(fields["message"], "m");
        assert!(!fields.contains_key("warning_code"));
        assert_eq!(g.warnings[0].code(), "solar_flare");

        let AccessGrantWarning::DeviceTimeConstraintsViolated(w) = &g.warnings[1] else {
            panic!("unexpected {:?}", g.warnings[1]);
        };
        assert_eq!(
            w.reason,
            DeviceTimeConstraintReason::Other("moon_phase".into())
        );

        let AccessGrantError::Other(e) = &g.errors[0] else {
            panic!("expected Other, got {:?}", g.errors[0]);
        };
        assert_eq!(e.tag, "quota_exceeded");
        assert_eq!(e.fields["limit"], 10);
        assert_eq!(g.errors[0].code(), "quota_exceeded");

        let AccessGrantPendingMutation::Other(m) = &g.pending_mutations[0] else {
            panic!("expected Other, got {:?}", g.pending_mutations[0]);
        };
        assert_eq!(m.tag, "renaming");
        assert_eq!(m.fields["to"]["name"], "n");

        // Unknown entries survive a serialize/deserialize round trip.
        let again: AccessGrant = serde_json::from_value(serde_json::to_value(&g).unwrap()).unwrap();
        assert_eq!(again, g);
    }

    #[test]
    fn missing_or_invalid_tag_is_an_error() {
        let err = serde_json::from_str::<AccessGrantWarning>(
            r#"{"message": "m", "created_at": "2025-06-16T16:54:17Z"}"#,
        )
        .unwrap_err();
        assert!(err.to_string().contains("warning_code"), "{err}");
        let err = serde_json::from_str::<AccessGrantError>(r#"{"error_code": null}"#).unwrap_err();
        assert!(err.to_string().contains("error_code"), "{err}");
        let err = serde_json::from_str::<AccessGrantPendingMutation>(r#"{}"#).unwrap_err();
        assert!(err.to_string().contains("mutation_code"), "{err}");
        // Known tag with a payload missing required fields.
        let err = serde_json::from_str::<AccessGrantWarning>(
            r#"{"warning_code": "requested_code_unavailable", "message": "m", "created_at": "2025-06-16T16:54:17Z"}"#,
        )
        .unwrap_err();
        assert!(err.to_string().contains("device_id"), "{err}");

        // The second example on the doc page has no tags at all: it is rejected, not a panic.
        let doc_generated = r#"{"created_at":"2023-11-07T05:31:56Z","message":"<string>"}"#;
        assert!(serde_json::from_str::<AccessGrantError>(doc_generated).is_err());
    }

    #[test]
    fn every_known_tag_decodes() {
        let t = r#""created_at": "2025-06-16T16:54:17Z", "message": "m""#;
        let d = r#""device_id": "e3d736c1-540d-4d10-83e5-9a4e135453b4""#;
        let warnings = format!(
            r#"[
            {{"warning_code": "being_deleted", {t}}},
            {{"warning_code": "underprovisioned_access", {t}}},
            {{"warning_code": "overprovisioned_access", {t},
              "failed_devices": [{{{d}, "error_code": "offline_access_code_not_revocable", "message": "x"}}]}},
            {{"warning_code": "updating_access_times", {t}, "access_method_ids": []}},
            {{"warning_code": "requested_code_unavailable", {t}, {d}, "original_code": "1234", "new_code": "5678"}},
            {{"warning_code": "device_does_not_support_access_codes", {t}, {d}}},
            {{"warning_code": "device_time_constraints_violated", {t}, {d}, "reason": "ongoing_not_supported"}}
        ]"#
        );
        let ws: Vec<AccessGrantWarning> = serde_json::from_str(&warnings).unwrap();
        let codes: Vec<&str> = ws.iter().map(AccessGrantWarning::code).collect();
        assert_eq!(
            codes,
            [
                "being_deleted",
                "underprovisioned_access",
                "overprovisioned_access",
                "updating_access_times",
                "requested_code_unavailable",
                "device_does_not_support_access_codes",
                "device_time_constraints_violated"
            ]
        );
        assert!(!ws.iter().any(|w| matches!(w, AccessGrantWarning::Other(_))));
        let AccessGrantWarning::OverprovisionedAccess(o) = &ws[2] else {
            panic!("unexpected {:?}", ws[2]);
        };
        let failed = o.failed_devices.as_deref().unwrap_or_default();
        assert_eq!(failed[0].error_code, "offline_access_code_not_revocable");
        let AccessGrantWarning::DeviceTimeConstraintsViolated(v) = &ws[6] else {
            panic!("unexpected {:?}", ws[6]);
        };
        assert_eq!(v.reason, DeviceTimeConstraintReason::OngoingNotSupported);

        let mutation: AccessGrantPendingMutation = serde_json::from_str(&format!(
            r#"{{"mutation_code": "updating_access_times", {t}, "access_method_ids": [],
                "from": {{"starts_at": "2025-06-16T16:54:17.5Z", "ends_at": null}},
                "to": {{"starts_at": null, "ends_at": "2025-06-18T16:54:17Z"}}}}"#
        ))
        .unwrap();
        let AccessGrantPendingMutation::UpdatingAccessTimes(m) = mutation else {
            panic!("unexpected {mutation:?}");
        };
        assert_eq!(
            m.from.starts_at.map(|t| t.to_string()).as_deref(),
            Some("2025-06-16T16:54:17.5Z")
        );
        assert_eq!(m.from.ends_at, None);
        assert_eq!(m.to.starts_at, None);
    }

    #[test]
    fn access_mode_helpers() {
        assert_eq!(AccessMode::from("mobile_key"), AccessMode::MobileKey);
        assert_eq!(AccessMode::CloudKey.to_string(), "cloud_key");
        assert_eq!(
            serde_json::to_string(&AccessMode::Card).unwrap(),
            r#""card""#
        );
    }
}
