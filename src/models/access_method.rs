//! Access method resource (`access_method` in the OpenAPI document), as
//! returned by `/access_methods/get` and `/access_methods/list`.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::models::access_grant::{AccessMode, AccessTimes, DeviceConfiguration};
use seamapi_runtime::tagged_union;

/// One concrete way of using an access grant: a PIN code, a card, a mobile
/// key or a cloud key (early-access API).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct AccessMethod {
    /// Unique identifier of this access method.
    pub access_method_id: Uuid,
    /// Token of the client session tied to this access method, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_session_token: Option<String>,
    /// The PIN itself, for code access methods; `None` when not known or not applicable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// When the access method was created.
    pub created_at: Timestamp,
    /// Customization profile applied to the access method, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customization_profile_id: Option<Uuid>,
    /// Human-readable name of the access method.
    pub display_name: String,
    /// Problems currently affecting the access method.
    #[serde(default)]
    pub errors: Vec<AccessMethodError>,
    /// Instant Key link, for mobile key access methods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instant_key_url: Option<String>,
    /// Whether an existing card must be assigned before issuing (card mode only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_assignment_required: Option<bool>,
    /// Whether the card must be written with an encoder to be issued or reissued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_encoding_required: Option<bool>,
    /// Whether the access method has been issued.
    pub is_issued: bool,
    /// Whether a card can be assigned to the access method now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_ready_for_assignment: Option<bool>,
    /// Whether the card can be encoded now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_ready_for_encoding: Option<bool>,
    /// When the access method was issued; `None` while not issued.
    #[serde(default)]
    pub issued_at: Option<Timestamp>,
    /// Kind of credential this access method delivers.
    pub mode: AccessMode,
    /// Changes to the access method that Seam is still applying.
    #[serde(default)]
    pub pending_mutations: Vec<AccessMethodPendingMutation>,
    /// Non-blocking conditions currently reported on the access method.
    #[serde(default)]
    pub warnings: Vec<AccessMethodWarning>,
    /// Workspace that owns the access method.
    pub workspace_id: Uuid,
}

tagged_union! {
    /// An error reported on an access method, identified by `error_code`.
    pub enum AccessMethodError tag "error_code" {
        /// Seam could not issue the access method before its grant started; retries continue.
        FailedToIssue("failed_to_issue") => FailedToIssueError,
    }
}

/// Payload of [`AccessMethodError::FailedToIssue`].
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct FailedToIssueError {
    /// When Seam raised the error.
    pub created_at: Timestamp,
    /// Explanation of the error.
    pub message: String,
}

tagged_union! {
    /// A warning reported on an access method, identified by `warning_code`.
    pub enum AccessMethodWarning tag "warning_code" {
        /// The access method is in the middle of being deleted.
        BeingDeleted("being_deleted") => BeingDeletedWarning,
        /// The start or end time of the access method is being changed.
        UpdatingAccessTimes("updating_access_times") => UpdatingAccessTimesWarning,
        /// Programming a code failed before the start time, so a backup code was used.
        PulledBackupAccessCode("pulled_backup_access_code") => PulledBackupAccessCodeWarning,
        /// The grant starts soon and the access method is still not issued.
        DelayInIssuing("delay_in_issuing") => DelayInIssuingWarning,
    }
}

/// Payload of [`AccessMethodWarning::BeingDeleted`].
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct BeingDeletedWarning {
    /// When Seam raised the warning.
    pub created_at: Timestamp,
    /// Explanation of the warning.
    pub message: String,
}

/// Payload of [`AccessMethodWarning::UpdatingAccessTimes`].
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct UpdatingAccessTimesWarning {
    /// When Seam raised the warning.
    pub created_at: Timestamp,
    /// Explanation of the warning.
    pub message: String,
}

/// Payload of [`AccessMethodWarning::PulledBackupAccessCode`].
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct PulledBackupAccessCodeWarning {
    /// When Seam raised the warning.
    pub created_at: Timestamp,
    /// Explanation of the warning.
    pub message: String,
    /// Access method this backup was split off from, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_access_method_id: Option<Uuid>,
}

/// Payload of [`AccessMethodWarning::DelayInIssuing`].
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct DelayInIssuingWarning {
    /// When Seam raised the warning.
    pub created_at: Timestamp,
    /// Explanation of the warning.
    pub message: String,
}

tagged_union! {
    /// A change to an access method still being applied, identified by `mutation_code`.
    pub enum AccessMethodPendingMutation tag "mutation_code" {
        /// Access is being set up on additional devices.
        ProvisioningAccess("provisioning_access") => ProvisioningAccessMutation,
        /// Access is being removed from some devices.
        RevokingAccess("revoking_access") => RevokingAccessMutation,
        /// The start or end time of the access method is changing.
        UpdatingAccessTimes("updating_access_times") => UpdatingAccessTimesMutation,
    }
}

/// Payload of [`AccessMethodPendingMutation::ProvisioningAccess`].
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct ProvisioningAccessMutation {
    /// When the change was started.
    pub created_at: Timestamp,
    /// Explanation of the change.
    pub message: String,
    /// Devices that had access before the change.
    pub from: DeviceConfiguration,
    /// Devices that get access after the change.
    pub to: DeviceConfiguration,
}

/// Payload of [`AccessMethodPendingMutation::RevokingAccess`].
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct RevokingAccessMutation {
    /// When the change was started.
    pub created_at: Timestamp,
    /// Explanation of the change.
    pub message: String,
    /// Devices that had access before the change.
    pub from: DeviceConfiguration,
    /// Devices that keep access after the change.
    pub to: DeviceConfiguration,
}

/// Payload of [`AccessMethodPendingMutation::UpdatingAccessTimes`].
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct UpdatingAccessTimesMutation {
    /// When the change was started.
    pub created_at: Timestamp,
    /// Explanation of the change.
    pub message: String,
    /// Time window before the change.
    pub from: AccessTimes,
    /// Time window after the change.
    pub to: AccessTimes,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Exact response of Prism (static mode) for `POST /access_methods/get`.
    const PRISM_GET: &str = r#"{"access_method":{"access_method_id":"b875bb6c-cdf3-4052-9b0b-9bc3a6b081d8","client_session_token":"string","code":"string","created_at":"2019-08-24T14:15:22Z","customization_profile_id":"ab4b94c1-56ca-483c-aa97-5bf6c06eb64a","display_name":"string","errors":[{"created_at":"2019-08-24T14:15:22Z","error_code":"failed_to_issue","message":"string"}],"instant_key_url":"http://example.com","is_assignment_required":true,"is_encoding_required":true,"is_issued":true,"is_ready_for_assignment":true,"is_ready_for_encoding":true,"issued_at":"2019-08-24T14:15:22Z","mode":"code","pending_mutations":[{"created_at":"2019-08-24T14:15:22Z","from":{"device_ids":["497f6eca-6276-4993-bfeb-53cbbbba6f08"]},"message":"string","mutation_code":"provisioning_access","to":{"device_ids":["497f6eca-6276-4993-bfeb-53cbbbba6f08"]}}],"warnings":[{"created_at":"2019-08-24T14:15:22Z","message":"string","warning_code":"being_deleted"}],"workspace_id":"0967198e-ec7b-4c6b-b4d3-f71244cadbe9"},"ok":true}"#;

    #[derive(Deserialize)]
    struct GetResponse {
        access_method: AccessMethod,
        ok: bool,
    }

    fn uuid(s: &str) -> Uuid {
        s.parse().unwrap()
    }

    #[test]
    fn decodes_prism_get_example() {
        let resp: GetResponse = serde_json::from_str(PRISM_GET).unwrap();
        assert!(resp.ok);
        let m = resp.access_method;
        let t: Timestamp = "2019-08-24T14:15:22Z".parse().unwrap();
        let device = uuid("497f6eca-6276-4993-bfeb-53cbbbba6f08");
        assert_eq!(
            m.access_method_id,
            uuid("b875bb6c-cdf3-4052-9b0b-9bc3a6b081d8")
        );
        assert_eq!(m.client_session_token.as_deref(), Some("string"));
        assert_eq!(m.code.as_deref(), Some("string"));
        assert_eq!(m.created_at, t);
        assert_eq!(
            m.customization_profile_id,
            Some(uuid("ab4b94c1-56ca-483c-aa97-5bf6c06eb64a"))
        );
        assert_eq!(m.display_name, "string");
        assert_eq!(m.instant_key_url.as_deref(), Some("http://example.com"));
        assert_eq!(m.is_assignment_required, Some(true));
        assert_eq!(m.is_encoding_required, Some(true));
        assert!(m.is_issued);
        assert_eq!(m.is_ready_for_assignment, Some(true));
        assert_eq!(m.is_ready_for_encoding, Some(true));
        assert_eq!(m.issued_at, Some(t));
        assert_eq!(m.mode, AccessMode::Code);
        assert_eq!(m.workspace_id, uuid("0967198e-ec7b-4c6b-b4d3-f71244cadbe9"));
        assert_eq!(
            m.errors,
            vec![AccessMethodError::FailedToIssue(FailedToIssueError {
                created_at: t,
                message: "string".into(),
            })]
        );
        assert_eq!(
            m.warnings,
            vec![AccessMethodWarning::BeingDeleted(BeingDeletedWarning {
                created_at: t,
                message: "string".into(),
            })]
        );
        assert_eq!(
            m.pending_mutations,
            vec![AccessMethodPendingMutation::ProvisioningAccess(
                ProvisioningAccessMutation {
                    created_at: t,
                    message: "string".into(),
                    from: DeviceConfiguration {
                        device_ids: vec![device]
                    },
                    to: DeviceConfiguration {
                        device_ids: vec![device]
                    },
                }
            )]
        );
        assert_eq!(m.pending_mutations[0].code(), "provisioning_access");
    }

    #[test]
    fn minimal_unknown_and_all_known_tags() {
        let json = r#"{
          "access_method_id": "b875bb6c-cdf3-4052-9b0b-9bc3a6b081d8",
          "workspace_id": "0967198e-ec7b-4c6b-b4d3-f71244cadbe9",
          "display_name": "Card",
          "mode": "wristband",
          "created_at": "2025-06-16T16:54:17.946606Z",
          "issued_at": null,
          "code": null,
          "is_issued": false,
          "some_future_field": true,
          "errors": [{"error_code": "card_melted", "message": "m", "temperature": 451}],
          "warnings": [
            {"warning_code": "being_deleted", "created_at": "2025-06-16T16:54:17Z", "message": "m"},
            {"warning_code": "updating_access_times", "created_at": "2025-06-16T16:54:17Z", "message": "m"},
            {"warning_code": "pulled_backup_access_code", "created_at": "2025-06-16T16:54:17Z", "message": "m",
             "original_access_method_id": "b875bb6c-cdf3-4052-9b0b-9bc3a6b081d8"},
            {"warning_code": "delay_in_issuing", "created_at": "2025-06-16T16:54:17Z", "message": "m"}
          ],
          "pending_mutations": [
            {"mutation_code": "revoking_access", "created_at": "2025-06-16T16:54:17Z", "message": "m",
             "from": {"device_ids": []}, "to": {"device_ids": []}},
            {"mutation_code": "updating_access_times", "created_at": "2025-06-16T16:54:17Z", "message": "m",
             "from": {"starts_at": null, "ends_at": null},
             "to": {"starts_at": "2025-06-16T16:54:17.946606Z", "ends_at": null}}
          ]
        }"#;
        let m: AccessMethod = serde_json::from_str(json).unwrap();
        assert_eq!(m.mode, AccessMode::Other("wristband".into()));
        assert_eq!(m.created_at.to_string(), "2025-06-16T16:54:17.946606Z");
        assert_eq!(m.issued_at, None);
        assert_eq!(m.code, None);
        assert_eq!(m.is_encoding_required, None);
        let AccessMethodError::Other(e) = &m.errors[0] else {
            panic!("expected Other, got {:?}", m.errors[0]);
        };
        assert_eq!(e.tag, "card_melted");
        assert_eq!(e.fields["temperature"], 451);
        let codes: Vec<&str> = m.warnings.iter().map(AccessMethodWarning::code).collect();
        assert_eq!(
            codes,
            [
                "being_deleted",
                "updating_access_times",
                "pulled_backup_access_code",
                "delay_in_issuing"
            ]
        );
        assert!(
            !m.warnings
                .iter()
                .any(|w| matches!(w, AccessMethodWarning::Other(_)))
        );
        assert!(matches!(
            m.pending_mutations[0],
            AccessMethodPendingMutation::RevokingAccess(_)
        ));
        let AccessMethodPendingMutation::UpdatingAccessTimes(u) = &m.pending_mutations[1] else {
            panic!("unexpected {:?}", m.pending_mutations[1]);
        };
        assert_eq!(
            u.to.starts_at.map(|t| t.to_string()).as_deref(),
            Some("2025-06-16T16:54:17.946606Z")
        );
        let again: AccessMethod =
            serde_json::from_value(serde_json::to_value(&m).unwrap()).unwrap();
        assert_eq!(again, m);
    }

    #[test]
    fn missing_tag_is_an_error() {
        let err = serde_json::from_str::<AccessMethodWarning>(r#"{"message": "m"}"#).unwrap_err();
        assert!(err.to_string().contains("warning_code"), "{err}");
    }
}
