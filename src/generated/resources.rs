//! The Seam API's resources: what its endpoints return.
//!
//! Generated from Seam's OpenAPI document by `seamapi-codegen`: do not edit.

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-connect-webviews",
    feature = "api-connected-accounts",
    feature = "api-spaces"
))]
seamapi_runtime::string_enum! {
    /// The values of `create_connect_webview_accepted_capability`, `update_connected_account_accepted_capability`, `connect_webview_accepted_capability`, `connected_account_accepted_capability`.
    pub enum AcceptedCapability {
        /// `lock`.
        Lock => "lock",
        /// `thermostat`.
        Thermostat => "thermostat",
        /// `noise_sensor`.
        NoiseSensor => "noise_sensor",
        /// `access_control`.
        AccessControl => "access_control",
        /// `camera`.
        Camera => "camera",
    }
}

#[cfg(feature = "api-access-codes")]
/// The `access_code` resource.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCode {
    /// `access_code_id`: an id (UUID) (always present).
    pub access_code_id: crate::Uuid,
    /// `code`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// `common_code_key`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub common_code_key: Option<String>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `dormakaba_oracode_metadata`: a [`AccessCodeDormakabaOracodeMetadata`](crate::resources::AccessCodeDormakabaOracodeMetadata) (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dormakaba_oracode_metadata: Option<crate::resources::AccessCodeDormakabaOracodeMetadata>,
    /// `ends_at`: a timestamp (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<crate::Timestamp>,
    /// `errors`: a list of [`AccessCodeError`](crate::resources::AccessCodeError) (always present).
    #[serde(default)]
    pub errors: Vec<crate::resources::AccessCodeError>,
    /// `is_backup`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_backup: Option<bool>,
    /// `is_backup_access_code_available`: a boolean (always present).
    pub is_backup_access_code_available: bool,
    /// `is_external_modification_allowed`: a boolean (always present).
    pub is_external_modification_allowed: bool,
    /// `is_managed`: a boolean (always present).
    pub is_managed: bool,
    /// `is_offline_access_code`: a boolean (always present).
    pub is_offline_access_code: bool,
    /// `is_one_time_use`: a boolean (always present).
    pub is_one_time_use: bool,
    /// `is_scheduled_on_device`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_scheduled_on_device: Option<bool>,
    /// `is_waiting_for_code_assignment`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_waiting_for_code_assignment: Option<bool>,
    /// `name`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `pending_mutations`: a list of [`AccessCodePendingMutation`](crate::resources::AccessCodePendingMutation) (always present).
    #[serde(default)]
    pub pending_mutations: Vec<crate::resources::AccessCodePendingMutation>,
    /// `pulled_backup_access_code_id`: an id (UUID) (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pulled_backup_access_code_id: Option<crate::Uuid>,
    /// `starts_at`: a timestamp (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<crate::Timestamp>,
    /// `status`: a [`AccessCodeStatus`](crate::resources::AccessCodeStatus) (always present).
    pub status: crate::resources::AccessCodeStatus,
    /// `type`: a [`AccessCodeType`](crate::resources::AccessCodeType) (always present).
    pub r#type: crate::resources::AccessCodeType,
    /// `warnings`: a list of [`AccessCodeWarning`](crate::resources::AccessCodeWarning) (always present).
    #[serde(default)]
    pub warnings: Vec<crate::resources::AccessCodeWarning>,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-access-codes")]
/// The `access_code_dormakaba_oracode_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodeDormakabaOracodeMetadata {
    /// `is_cancellable`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_cancellable: Option<bool>,
    /// `is_early_checkin_able`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_early_checkin_able: Option<bool>,
    /// `is_extendable`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_extendable: Option<bool>,
    /// `is_overridable`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_overridable: Option<bool>,
    /// `site_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_name: Option<String>,
    /// `stay_id`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stay_id: Option<f64>,
    /// `user_level_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_level_id: Option<String>,
    /// `user_level_name`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_level_name: Option<String>,
}

#[cfg(feature = "api-access-codes")]
seamapi_runtime::tagged_union! {
    /// The `access_code_error` object.
    pub enum AccessCodeError tag "error_code" message {
        /// `error_code` is `provider_issue`.
        ProviderIssue("provider_issue") => AccessCodeErrorProviderIssue,
        /// `error_code` is `failed_to_set_on_device`.
        FailedToSetOnDevice("failed_to_set_on_device") => AccessCodeErrorFailedToSetOnDevice,
        /// `error_code` is `failed_to_remove_from_device`.
        FailedToRemoveFromDevice("failed_to_remove_from_device") => AccessCodeErrorFailedToRemoveFromDevice,
        /// `error_code` is `duplicate_code_on_device`.
        DuplicateCodeOnDevice("duplicate_code_on_device") => AccessCodeErrorDuplicateCodeOnDevice,
        /// `error_code` is `no_space_for_access_code_on_device`.
        NoSpaceForAccessCodeOnDevice("no_space_for_access_code_on_device") => AccessCodeErrorNoSpaceForAccessCodeOnDevice,
        /// `error_code` is `conflicting_external_modification`.
        ConflictingExternalModification("conflicting_external_modification") => AccessCodeErrorConflictingExternalModification,
        /// `error_code` is `access_code_inactive`.
        AccessCodeInactive("access_code_inactive") => AccessCodeErrorAccessCodeInactive,
        /// `error_code` is `insufficient_permissions`.
        InsufficientPermissions("insufficient_permissions") => AccessCodeErrorInsufficientPermissions,
        /// `error_code` is `account_disconnected`.
        AccountDisconnected("account_disconnected") => AccessCodeErrorAccountDisconnected,
        /// `error_code` is `salto_ks_subscription_limit_exceeded`.
        SaltoKsSubscriptionLimitExceeded("salto_ks_subscription_limit_exceeded") => AccessCodeErrorSaltoKsSubscriptionLimitExceeded,
        /// `error_code` is `dormakaba_sites_disconnected`.
        DormakabaSitesDisconnected("dormakaba_sites_disconnected") => AccessCodeErrorDormakabaSitesDisconnected,
        /// `error_code` is `device_offline`.
        DeviceOffline("device_offline") => AccessCodeErrorDeviceOffline,
        /// `error_code` is `device_removed`.
        DeviceRemoved("device_removed") => AccessCodeErrorDeviceRemoved,
        /// `error_code` is `hub_disconnected`.
        HubDisconnected("hub_disconnected") => AccessCodeErrorHubDisconnected,
        /// `error_code` is `device_disconnected`.
        DeviceDisconnected("device_disconnected") => AccessCodeErrorDeviceDisconnected,
        /// `error_code` is `empty_backup_access_code_pool`.
        EmptyBackupAccessCodePool("empty_backup_access_code_pool") => AccessCodeErrorEmptyBackupAccessCodePool,
        /// `error_code` is `august_lock_not_authorized`.
        AugustLockNotAuthorized("august_lock_not_authorized") => AccessCodeErrorAugustLockNotAuthorized,
        /// `error_code` is `missing_device_credentials`.
        MissingDeviceCredentials("missing_device_credentials") => AccessCodeErrorMissingDeviceCredentials,
        /// `error_code` is `auxiliary_heat_running`.
        AuxiliaryHeatRunning("auxiliary_heat_running") => AccessCodeErrorAuxiliaryHeatRunning,
        /// `error_code` is `subscription_required`.
        SubscriptionRequired("subscription_required") => AccessCodeErrorSubscriptionRequired,
        /// `error_code` is `bridge_disconnected`.
        BridgeDisconnected("bridge_disconnected") => AccessCodeErrorBridgeDisconnected,
    }
}

#[cfg(feature = "api-access-codes")]
/// A `AccessCodeError` whose `error_code` is `access_code_inactive`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodeErrorAccessCodeInactive {
    /// `created_at`: a timestamp (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// `is_access_code_error`: a boolean (always present).
    pub is_access_code_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `AccessCodeError` whose `error_code` is `account_disconnected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodeErrorAccountDisconnected {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_connected_account_error`: a boolean (always present).
    pub is_connected_account_error: bool,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `AccessCodeError` whose `error_code` is `august_lock_not_authorized`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodeErrorAugustLockNotAuthorized {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `AccessCodeError` whose `error_code` is `auxiliary_heat_running`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodeErrorAuxiliaryHeatRunning {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `AccessCodeError` whose `error_code` is `bridge_disconnected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodeErrorBridgeDisconnected {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_bridge_error`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_bridge_error: Option<bool>,
    /// `is_connected_account_error`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_connected_account_error: Option<bool>,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `AccessCodeError` whose `error_code` is `conflicting_external_modification`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodeErrorConflictingExternalModification {
    /// `change_type`: a [`ChangeType`](crate::resources::ChangeType) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_type: Option<crate::resources::ChangeType>,
    /// `created_at`: a timestamp (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// `is_access_code_error`: a boolean (always present).
    pub is_access_code_error: bool,
    /// `message`: a string (always present).
    pub message: String,
    /// `modified_fields`: a list of [`AccessCodeErrorConflictingExternalModificationModifiedField`](crate::resources::AccessCodeErrorConflictingExternalModificationModifiedField) (may be absent).
    #[serde(default)]
    pub modified_fields:
        Vec<crate::resources::AccessCodeErrorConflictingExternalModificationModifiedField>,
}

#[cfg(feature = "api-access-codes")]
/// The `access_code_error_conflicting_external_modification_modified_field` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodeErrorConflictingExternalModificationModifiedField {
    /// `field`: a string (always present).
    pub field: String,
    /// `from`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// `to`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
}

#[cfg(feature = "api-access-codes")]
/// A `AccessCodeError` whose `error_code` is `device_disconnected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodeErrorDeviceDisconnected {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `AccessCodeError` whose `error_code` is `device_offline`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodeErrorDeviceOffline {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `AccessCodeError` whose `error_code` is `device_removed`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodeErrorDeviceRemoved {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `AccessCodeError` whose `error_code` is `dormakaba_sites_disconnected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodeErrorDormakabaSitesDisconnected {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_connected_account_error`: a boolean (always present).
    pub is_connected_account_error: bool,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `AccessCodeError` whose `error_code` is `duplicate_code_on_device`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodeErrorDuplicateCodeOnDevice {
    /// `created_at`: a timestamp (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// `is_access_code_error`: a boolean (always present).
    pub is_access_code_error: bool,
    /// `managed_access_code_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed_access_code_id: Option<crate::Uuid>,
    /// `message`: a string (always present).
    pub message: String,
    /// `unmanaged_access_code_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unmanaged_access_code_id: Option<crate::Uuid>,
}

#[cfg(feature = "api-access-codes")]
/// A `AccessCodeError` whose `error_code` is `empty_backup_access_code_pool`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodeErrorEmptyBackupAccessCodePool {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `AccessCodeError` whose `error_code` is `failed_to_remove_from_device`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodeErrorFailedToRemoveFromDevice {
    /// `created_at`: a timestamp (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// `is_access_code_error`: a boolean (always present).
    pub is_access_code_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `AccessCodeError` whose `error_code` is `failed_to_set_on_device`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodeErrorFailedToSetOnDevice {
    /// `created_at`: a timestamp (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// `is_access_code_error`: a boolean (always present).
    pub is_access_code_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `AccessCodeError` whose `error_code` is `hub_disconnected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodeErrorHubDisconnected {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `AccessCodeError` whose `error_code` is `insufficient_permissions`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodeErrorInsufficientPermissions {
    /// `created_at`: a timestamp (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// `is_access_code_error`: a boolean (always present).
    pub is_access_code_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `AccessCodeError` whose `error_code` is `missing_device_credentials`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodeErrorMissingDeviceCredentials {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `AccessCodeError` whose `error_code` is `no_space_for_access_code_on_device`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodeErrorNoSpaceForAccessCodeOnDevice {
    /// `created_at`: a timestamp (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// `is_access_code_error`: a boolean (always present).
    pub is_access_code_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `AccessCodeError` whose `error_code` is `provider_issue`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodeErrorProviderIssue {
    /// `created_at`: a timestamp (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// `is_access_code_error`: a boolean (always present).
    pub is_access_code_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `AccessCodeError` whose `error_code` is `salto_ks_subscription_limit_exceeded`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodeErrorSaltoKsSubscriptionLimitExceeded {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_connected_account_error`: a boolean (always present).
    pub is_connected_account_error: bool,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `AccessCodeError` whose `error_code` is `subscription_required`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodeErrorSubscriptionRequired {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
seamapi_runtime::tagged_union! {
    /// The `access_code_pending_mutation` object.
    pub enum AccessCodePendingMutation tag "mutation_code" message {
        /// `mutation_code` is `creating`.
        Creating("creating") => AccessCodePendingMutationCreating,
        /// `mutation_code` is `deferring_creation`.
        DeferringCreation("deferring_creation") => AccessCodePendingMutationDeferringCreation,
        /// `mutation_code` is `deleting`.
        Deleting("deleting") => AccessCodePendingMutationDeleting,
        /// `mutation_code` is `updating_code`.
        UpdatingCode("updating_code") => AccessCodePendingMutationUpdatingCode,
        /// `mutation_code` is `updating_name`.
        UpdatingName("updating_name") => AccessCodePendingMutationUpdatingName,
        /// `mutation_code` is `updating_time_frame`.
        UpdatingTimeFrame("updating_time_frame") => AccessCodePendingMutationUpdatingTimeFrame,
    }
}

#[cfg(feature = "api-access-codes")]
/// A `AccessCodePendingMutation` whose `mutation_code` is `creating`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodePendingMutationCreating {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `AccessCodePendingMutation` whose `mutation_code` is `deferring_creation`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodePendingMutationDeferringCreation {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `scheduled_at`: a timestamp (always present).
    pub scheduled_at: crate::Timestamp,
}

#[cfg(feature = "api-access-codes")]
/// A `AccessCodePendingMutation` whose `mutation_code` is `deleting`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodePendingMutationDeleting {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `AccessCodePendingMutation` whose `mutation_code` is `updating_code`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodePendingMutationUpdatingCode {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `from`: a [`AccessCodePendingMutationUpdatingCodeFrom`](crate::resources::AccessCodePendingMutationUpdatingCodeFrom) (always present).
    pub from: crate::resources::AccessCodePendingMutationUpdatingCodeFrom,
    /// `message`: a string (always present).
    pub message: String,
    /// `to`: a [`AccessCodePendingMutationUpdatingCodeTo`](crate::resources::AccessCodePendingMutationUpdatingCodeTo) (always present).
    pub to: crate::resources::AccessCodePendingMutationUpdatingCodeTo,
}

#[cfg(feature = "api-access-codes")]
/// The `access_code_pending_mutation_updating_code_from` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodePendingMutationUpdatingCodeFrom {
    /// `code`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

#[cfg(feature = "api-access-codes")]
/// The `access_code_pending_mutation_updating_code_to` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodePendingMutationUpdatingCodeTo {
    /// `code`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

#[cfg(feature = "api-access-codes")]
/// A `AccessCodePendingMutation` whose `mutation_code` is `updating_name`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodePendingMutationUpdatingName {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `from`: a [`AccessCodePendingMutationUpdatingNameFrom`](crate::resources::AccessCodePendingMutationUpdatingNameFrom) (always present).
    pub from: crate::resources::AccessCodePendingMutationUpdatingNameFrom,
    /// `message`: a string (always present).
    pub message: String,
    /// `to`: a [`AccessCodePendingMutationUpdatingNameTo`](crate::resources::AccessCodePendingMutationUpdatingNameTo) (always present).
    pub to: crate::resources::AccessCodePendingMutationUpdatingNameTo,
}

#[cfg(feature = "api-access-codes")]
/// The `access_code_pending_mutation_updating_name_from` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodePendingMutationUpdatingNameFrom {
    /// `name`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "api-access-codes")]
/// The `access_code_pending_mutation_updating_name_to` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodePendingMutationUpdatingNameTo {
    /// `name`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "api-access-codes")]
/// A `AccessCodePendingMutation` whose `mutation_code` is `updating_time_frame`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodePendingMutationUpdatingTimeFrame {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `from`: a [`AccessCodePendingMutationUpdatingTimeFrameFrom`](crate::resources::AccessCodePendingMutationUpdatingTimeFrameFrom) (always present).
    pub from: crate::resources::AccessCodePendingMutationUpdatingTimeFrameFrom,
    /// `message`: a string (always present).
    pub message: String,
    /// `to`: a [`AccessCodePendingMutationUpdatingTimeFrameTo`](crate::resources::AccessCodePendingMutationUpdatingTimeFrameTo) (always present).
    pub to: crate::resources::AccessCodePendingMutationUpdatingTimeFrameTo,
}

#[cfg(feature = "api-access-codes")]
/// The `access_code_pending_mutation_updating_time_frame_from` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodePendingMutationUpdatingTimeFrameFrom {
    /// `ends_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<crate::Timestamp>,
    /// `starts_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<crate::Timestamp>,
}

#[cfg(feature = "api-access-codes")]
/// The `access_code_pending_mutation_updating_time_frame_to` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodePendingMutationUpdatingTimeFrameTo {
    /// `ends_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<crate::Timestamp>,
    /// `starts_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<crate::Timestamp>,
}

#[cfg(feature = "api-access-codes")]
seamapi_runtime::string_enum! {
    /// The values of `access_code_status`.
    pub enum AccessCodeStatus {
        /// `setting`.
        Setting => "setting",
        /// `set`.
        Set => "set",
        /// `unset`.
        Unset => "unset",
        /// `removing`.
        Removing => "removing",
        /// `unknown`.
        Unknown => "unknown",
    }
}

#[cfg(feature = "api-access-codes")]
seamapi_runtime::string_enum! {
    /// The values of `access_code_type`, `unmanaged_access_code_type`.
    pub enum AccessCodeType {
        /// `time_bound`.
        TimeBound => "time_bound",
        /// `ongoing`.
        Ongoing => "ongoing",
    }
}

#[cfg(feature = "api-access-codes")]
seamapi_runtime::tagged_union! {
    /// The `access_code_warning` object.
    pub enum AccessCodeWarning tag "warning_code" message {
        /// `warning_code` is `code_rotates_periodically`.
        CodeRotatesPeriodically("code_rotates_periodically") => AccessCodeWarningCodeRotatesPeriodically,
        /// `warning_code` is `time_frame_adjusted_for_unknown_time_zone`.
        TimeFrameAdjustedForUnknownTimeZone("time_frame_adjusted_for_unknown_time_zone") => AccessCodeWarningTimeFrameAdjustedForUnknownTimeZone,
        /// `warning_code` is `external_modification_in_effect`.
        ExternalModificationInEffect("external_modification_in_effect") => AccessCodeWarningExternalModificationInEffect,
        /// `warning_code` is `delay_in_setting_on_device`.
        DelayInSettingOnDevice("delay_in_setting_on_device") => AccessCodeWarningDelayInSettingOnDevice,
        /// `warning_code` is `delay_in_removing_from_device`.
        DelayInRemovingFromDevice("delay_in_removing_from_device") => AccessCodeWarningDelayInRemovingFromDevice,
        /// `warning_code` is `third_party_integration_detected`.
        ThirdPartyIntegrationDetected("third_party_integration_detected") => AccessCodeWarningThirdPartyIntegrationDetected,
        /// `warning_code` is `igloo_algopin_must_be_used_within_24_hours`.
        IglooAlgopinMustBeUsedWithin24Hours("igloo_algopin_must_be_used_within_24_hours") => AccessCodeWarningIglooAlgopinMustBeUsedWithin24Hours,
        /// `warning_code` is `management_transferred`.
        ManagementTransferred("management_transferred") => AccessCodeWarningManagementTransferred,
        /// `warning_code` is `using_backup_access_code`.
        UsingBackupAccessCode("using_backup_access_code") => AccessCodeWarningUsingBackupAccessCode,
        /// `warning_code` is `being_deleted`.
        BeingDeleted("being_deleted") => AccessCodeWarningBeingDeleted,
        /// `warning_code` is `unknown_issue_with_access_code`.
        UnknownIssueWithAccessCode("unknown_issue_with_access_code") => AccessCodeWarningUnknownIssueWithAccessCode,
    }
}

#[cfg(feature = "api-access-codes")]
/// A `AccessCodeWarning` whose `warning_code` is `being_deleted`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodeWarningBeingDeleted {
    /// `created_at`: a timestamp (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `AccessCodeWarning` whose `warning_code` is `code_rotates_periodically`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodeWarningCodeRotatesPeriodically {
    /// `created_at`: a timestamp (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `AccessCodeWarning` whose `warning_code` is `delay_in_removing_from_device`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodeWarningDelayInRemovingFromDevice {
    /// `created_at`: a timestamp (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `AccessCodeWarning` whose `warning_code` is `delay_in_setting_on_device`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodeWarningDelayInSettingOnDevice {
    /// `created_at`: a timestamp (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `AccessCodeWarning` whose `warning_code` is `external_modification_in_effect`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodeWarningExternalModificationInEffect {
    /// `change_type`: a [`ChangeType`](crate::resources::ChangeType) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_type: Option<crate::resources::ChangeType>,
    /// `created_at`: a timestamp (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// `message`: a string (always present).
    pub message: String,
    /// `modified_fields`: a list of [`AccessCodeWarningExternalModificationInEffectModifiedField`](crate::resources::AccessCodeWarningExternalModificationInEffectModifiedField) (may be absent).
    #[serde(default)]
    pub modified_fields:
        Vec<crate::resources::AccessCodeWarningExternalModificationInEffectModifiedField>,
}

#[cfg(feature = "api-access-codes")]
/// The `access_code_warning_external_modification_in_effect_modified_field` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodeWarningExternalModificationInEffectModifiedField {
    /// `field`: a string (always present).
    pub field: String,
    /// `from`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// `to`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
}

#[cfg(feature = "api-access-codes")]
/// A `AccessCodeWarning` whose `warning_code` is `igloo_algopin_must_be_used_within_24_hours`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodeWarningIglooAlgopinMustBeUsedWithin24Hours {
    /// `created_at`: a timestamp (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `AccessCodeWarning` whose `warning_code` is `management_transferred`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodeWarningManagementTransferred {
    /// `created_at`: a timestamp (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `AccessCodeWarning` whose `warning_code` is `third_party_integration_detected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodeWarningThirdPartyIntegrationDetected {
    /// `created_at`: a timestamp (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `AccessCodeWarning` whose `warning_code` is `time_frame_adjusted_for_unknown_time_zone`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodeWarningTimeFrameAdjustedForUnknownTimeZone {
    /// `created_at`: a timestamp (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `AccessCodeWarning` whose `warning_code` is `unknown_issue_with_access_code`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodeWarningUnknownIssueWithAccessCode {
    /// `created_at`: a timestamp (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `AccessCodeWarning` whose `warning_code` is `using_backup_access_code`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessCodeWarningUsingBackupAccessCode {
    /// `created_at`: a timestamp (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(feature = "api-access-grants", feature = "api-access-methods"))]
/// The `access_grant` resource.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessGrant {
    /// `access_grant_id`: an id (UUID) (always present).
    pub access_grant_id: crate::Uuid,
    /// `access_grant_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_grant_key: Option<String>,
    /// `access_method_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub access_method_ids: Vec<crate::Uuid>,
    /// `client_session_token`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_session_token: Option<String>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customization_profile_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customization_profile_id: Option<crate::Uuid>,
    /// `display_name`: a string (always present).
    pub display_name: String,
    /// `ends_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<crate::Timestamp>,
    /// `errors`: a list of [`AccessGrantError`](crate::resources::AccessGrantError) (always present).
    #[serde(default)]
    pub errors: Vec<crate::resources::AccessGrantError>,
    /// `instant_key_url`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instant_key_url: Option<String>,
    /// `location_ids`: a list of id (UUID) (always present).
    #[deprecated(note = "Seam: Use `space_ids`.")]
    #[serde(default)]
    pub location_ids: Vec<crate::Uuid>,
    /// `name`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `pending_mutations`: a list of [`AccessGrantPendingMutation`](crate::resources::AccessGrantPendingMutation) (always present).
    #[serde(default)]
    pub pending_mutations: Vec<crate::resources::AccessGrantPendingMutation>,
    /// `requested_access_methods`: a list of [`AccessGrantRequestedAccessMethod`](crate::resources::AccessGrantRequestedAccessMethod) (always present).
    #[serde(default)]
    pub requested_access_methods: Vec<crate::resources::AccessGrantRequestedAccessMethod>,
    /// `reservation_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reservation_key: Option<String>,
    /// `space_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub space_ids: Vec<crate::Uuid>,
    /// `starts_at`: a timestamp (always present).
    pub starts_at: crate::Timestamp,
    /// `user_identity_id`: an id (UUID) (always present).
    pub user_identity_id: crate::Uuid,
    /// `warnings`: a list of [`AccessGrantWarning`](crate::resources::AccessGrantWarning) (always present).
    #[serde(default)]
    pub warnings: Vec<crate::resources::AccessGrantWarning>,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(any(feature = "api-access-grants", feature = "api-access-methods"))]
seamapi_runtime::tagged_union! {
    /// The `access_grant_error` object.
    pub enum AccessGrantError tag "error_code" message {
        /// `error_code` is `cannot_create_requested_access_methods`.
        CannotCreateRequestedAccessMethods("cannot_create_requested_access_methods") => AccessGrantErrorCannotCreateRequestedAccessMethods,
    }
}

#[cfg(any(feature = "api-access-grants", feature = "api-access-methods"))]
/// A `AccessGrantError` whose `error_code` is `cannot_create_requested_access_methods`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessGrantErrorCannotCreateRequestedAccessMethods {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `missing_device_ids`: a list of id (UUID) (may be absent).
    #[serde(default)]
    pub missing_device_ids: Vec<crate::Uuid>,
}

#[cfg(any(feature = "api-access-grants", feature = "api-access-methods"))]
seamapi_runtime::tagged_union! {
    /// The `access_grant_pending_mutation` object.
    pub enum AccessGrantPendingMutation tag "mutation_code" message {
        /// `mutation_code` is `updating_spaces`.
        UpdatingSpaces("updating_spaces") => AccessGrantPendingMutationUpdatingSpaces,
        /// `mutation_code` is `updating_access_times`.
        UpdatingAccessTimes("updating_access_times") => AccessGrantPendingMutationUpdatingAccessTimes,
    }
}

#[cfg(any(feature = "api-access-grants", feature = "api-access-methods"))]
/// A `AccessGrantPendingMutation` whose `mutation_code` is `updating_access_times`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessGrantPendingMutationUpdatingAccessTimes {
    /// `access_method_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub access_method_ids: Vec<crate::Uuid>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `from`: a [`AccessGrantPendingMutationUpdatingAccessTimesFrom`](crate::resources::AccessGrantPendingMutationUpdatingAccessTimesFrom) (always present).
    pub from: crate::resources::AccessGrantPendingMutationUpdatingAccessTimesFrom,
    /// `message`: a string (always present).
    pub message: String,
    /// `to`: a [`AccessGrantPendingMutationUpdatingAccessTimesTo`](crate::resources::AccessGrantPendingMutationUpdatingAccessTimesTo) (always present).
    pub to: crate::resources::AccessGrantPendingMutationUpdatingAccessTimesTo,
}

#[cfg(any(feature = "api-access-grants", feature = "api-access-methods"))]
/// The `access_grant_pending_mutation_updating_access_times_from` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessGrantPendingMutationUpdatingAccessTimesFrom {
    /// `ends_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<crate::Timestamp>,
    /// `starts_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<crate::Timestamp>,
}

#[cfg(any(feature = "api-access-grants", feature = "api-access-methods"))]
/// The `access_grant_pending_mutation_updating_access_times_to` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessGrantPendingMutationUpdatingAccessTimesTo {
    /// `ends_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<crate::Timestamp>,
    /// `starts_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<crate::Timestamp>,
}

#[cfg(any(feature = "api-access-grants", feature = "api-access-methods"))]
/// A `AccessGrantPendingMutation` whose `mutation_code` is `updating_spaces`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessGrantPendingMutationUpdatingSpaces {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `from`: a [`AccessGrantPendingMutationUpdatingSpacesFrom`](crate::resources::AccessGrantPendingMutationUpdatingSpacesFrom) (always present).
    pub from: crate::resources::AccessGrantPendingMutationUpdatingSpacesFrom,
    /// `message`: a string (always present).
    pub message: String,
    /// `to`: a [`AccessGrantPendingMutationUpdatingSpacesTo`](crate::resources::AccessGrantPendingMutationUpdatingSpacesTo) (always present).
    pub to: crate::resources::AccessGrantPendingMutationUpdatingSpacesTo,
}

#[cfg(any(feature = "api-access-grants", feature = "api-access-methods"))]
/// The `access_grant_pending_mutation_updating_spaces_from` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessGrantPendingMutationUpdatingSpacesFrom {
    /// `device_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub device_ids: Vec<crate::Uuid>,
}

#[cfg(any(feature = "api-access-grants", feature = "api-access-methods"))]
/// The `access_grant_pending_mutation_updating_spaces_to` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessGrantPendingMutationUpdatingSpacesTo {
    /// `common_code_key`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub common_code_key: Option<String>,
    /// `device_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub device_ids: Vec<crate::Uuid>,
}

#[cfg(any(feature = "api-access-grants", feature = "api-access-methods"))]
/// The `access_grant_requested_access_method` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessGrantRequestedAccessMethod {
    /// `code`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// `created_access_method_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub created_access_method_ids: Vec<crate::Uuid>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `display_name`: a string (always present).
    pub display_name: String,
    /// `instant_key_max_use_count`: an integer (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instant_key_max_use_count: Option<i64>,
    /// `mode`: a [`AccessMode`](crate::resources::AccessMode) (always present).
    pub mode: crate::resources::AccessMode,
}

#[cfg(any(feature = "api-access-grants", feature = "api-access-methods"))]
seamapi_runtime::tagged_union! {
    /// The `access_grant_warning` object.
    pub enum AccessGrantWarning tag "warning_code" message {
        /// `warning_code` is `being_deleted`.
        BeingDeleted("being_deleted") => AccessGrantWarningBeingDeleted,
        /// `warning_code` is `underprovisioned_access`.
        UnderprovisionedAccess("underprovisioned_access") => AccessGrantWarningUnderprovisionedAccess,
        /// `warning_code` is `overprovisioned_access`.
        OverprovisionedAccess("overprovisioned_access") => AccessGrantWarningOverprovisionedAccess,
        /// `warning_code` is `updating_access_times`.
        UpdatingAccessTimes("updating_access_times") => AccessGrantWarningUpdatingAccessTimes,
        /// `warning_code` is `requested_code_unavailable`.
        RequestedCodeUnavailable("requested_code_unavailable") => AccessGrantWarningRequestedCodeUnavailable,
        /// `warning_code` is `device_does_not_support_access_codes`.
        DeviceDoesNotSupportAccessCodes("device_does_not_support_access_codes") => AccessGrantWarningDeviceDoesNotSupportAccessCodes,
        /// `warning_code` is `device_time_constraints_violated`.
        DeviceTimeConstraintsViolated("device_time_constraints_violated") => AccessGrantWarningDeviceTimeConstraintsViolated,
    }
}

#[cfg(any(feature = "api-access-grants", feature = "api-access-methods"))]
/// A `AccessGrantWarning` whose `warning_code` is `being_deleted`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessGrantWarningBeingDeleted {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(feature = "api-access-grants", feature = "api-access-methods"))]
/// A `AccessGrantWarning` whose `warning_code` is `device_does_not_support_access_codes`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessGrantWarningDeviceDoesNotSupportAccessCodes {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(feature = "api-access-grants", feature = "api-access-methods"))]
/// A `AccessGrantWarning` whose `warning_code` is `device_time_constraints_violated`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessGrantWarningDeviceTimeConstraintsViolated {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `message`: a string (always present).
    pub message: String,
    /// `reason`: a [`AccessGrantWarningDeviceTimeConstraintsViolatedReason`](crate::resources::AccessGrantWarningDeviceTimeConstraintsViolatedReason) (always present).
    pub reason: crate::resources::AccessGrantWarningDeviceTimeConstraintsViolatedReason,
}

#[cfg(any(feature = "api-access-grants", feature = "api-access-methods"))]
seamapi_runtime::string_enum! {
    /// The values of `access_grant_warning_device_time_constraints_violated_reason`, `unmanaged_access_grant_warning_device_time_constraints_violated_reason`.
    pub enum AccessGrantWarningDeviceTimeConstraintsViolatedReason {
        /// `duration_exceeds_max`.
        DurationExceedsMax => "duration_exceeds_max",
        /// `times_do_not_match_slots`.
        TimesDoNotMatchSlots => "times_do_not_match_slots",
        /// `ongoing_not_supported`.
        OngoingNotSupported => "ongoing_not_supported",
    }
}

#[cfg(any(feature = "api-access-grants", feature = "api-access-methods"))]
/// A `AccessGrantWarning` whose `warning_code` is `overprovisioned_access`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessGrantWarningOverprovisionedAccess {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `failed_devices`: a list of [`AccessGrantWarningOverprovisionedAccessFailedDevice`](crate::resources::AccessGrantWarningOverprovisionedAccessFailedDevice) (may be absent).
    #[serde(default)]
    pub failed_devices: Vec<crate::resources::AccessGrantWarningOverprovisionedAccessFailedDevice>,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(feature = "api-access-grants", feature = "api-access-methods"))]
/// The `access_grant_warning_overprovisioned_access_failed_device` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessGrantWarningOverprovisionedAccessFailedDevice {
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `error_code`: a string (always present).
    pub error_code: String,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(feature = "api-access-grants", feature = "api-access-methods"))]
/// A `AccessGrantWarning` whose `warning_code` is `requested_code_unavailable`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessGrantWarningRequestedCodeUnavailable {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `message`: a string (always present).
    pub message: String,
    /// `new_code`: a string (always present).
    pub new_code: String,
    /// `original_code`: a string (always present).
    pub original_code: String,
}

#[cfg(any(feature = "api-access-grants", feature = "api-access-methods"))]
/// A `AccessGrantWarning` whose `warning_code` is `underprovisioned_access`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessGrantWarningUnderprovisionedAccess {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(feature = "api-access-grants", feature = "api-access-methods"))]
/// A `AccessGrantWarning` whose `warning_code` is `updating_access_times`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessGrantWarningUpdatingAccessTimes {
    /// `access_method_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub access_method_ids: Vec<crate::Uuid>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-spaces"
))]
/// The `access_method` resource.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessMethod {
    /// `access_method_id`: an id (UUID) (always present).
    pub access_method_id: crate::Uuid,
    /// `client_session_token`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_session_token: Option<String>,
    /// `code`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customization_profile_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customization_profile_id: Option<crate::Uuid>,
    /// `display_name`: a string (always present).
    pub display_name: String,
    /// `errors`: a list of [`AccessMethodError`](crate::resources::AccessMethodError) (always present).
    #[serde(default)]
    pub errors: Vec<crate::resources::AccessMethodError>,
    /// `instant_key_url`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instant_key_url: Option<String>,
    /// `is_assignment_required`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_assignment_required: Option<bool>,
    /// `is_encoding_required`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_encoding_required: Option<bool>,
    /// `is_issued`: a boolean (always present).
    pub is_issued: bool,
    /// `is_ready_for_assignment`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_ready_for_assignment: Option<bool>,
    /// `is_ready_for_encoding`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_ready_for_encoding: Option<bool>,
    /// `issued_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued_at: Option<crate::Timestamp>,
    /// `mode`: a [`AccessMode`](crate::resources::AccessMode) (always present).
    pub mode: crate::resources::AccessMode,
    /// `pending_mutations`: a list of [`AccessMethodPendingMutation`](crate::resources::AccessMethodPendingMutation) (always present).
    #[serde(default)]
    pub pending_mutations: Vec<crate::resources::AccessMethodPendingMutation>,
    /// `warnings`: a list of [`AccessMethodWarning`](crate::resources::AccessMethodWarning) (always present).
    #[serde(default)]
    pub warnings: Vec<crate::resources::AccessMethodWarning>,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-spaces"
))]
seamapi_runtime::tagged_union! {
    /// The `access_method_error` object.
    pub enum AccessMethodError tag "error_code" message {
        /// `error_code` is `failed_to_issue`.
        FailedToIssue("failed_to_issue") => AccessMethodErrorFailedToIssue,
    }
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-spaces"
))]
/// A `AccessMethodError` whose `error_code` is `failed_to_issue`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessMethodErrorFailedToIssue {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-spaces"
))]
seamapi_runtime::tagged_union! {
    /// The `access_method_pending_mutation` object.
    pub enum AccessMethodPendingMutation tag "mutation_code" message {
        /// `mutation_code` is `provisioning_access`.
        ProvisioningAccess("provisioning_access") => AccessMethodPendingMutationProvisioningAccess,
        /// `mutation_code` is `revoking_access`.
        RevokingAccess("revoking_access") => AccessMethodPendingMutationRevokingAccess,
        /// `mutation_code` is `updating_access_times`.
        UpdatingAccessTimes("updating_access_times") => AccessMethodPendingMutationUpdatingAccessTimes,
    }
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-spaces"
))]
/// A `AccessMethodPendingMutation` whose `mutation_code` is `provisioning_access`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessMethodPendingMutationProvisioningAccess {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `from`: a [`AccessMethodPendingMutationProvisioningAccessFrom`](crate::resources::AccessMethodPendingMutationProvisioningAccessFrom) (always present).
    pub from: crate::resources::AccessMethodPendingMutationProvisioningAccessFrom,
    /// `message`: a string (always present).
    pub message: String,
    /// `to`: a [`AccessMethodPendingMutationProvisioningAccessTo`](crate::resources::AccessMethodPendingMutationProvisioningAccessTo) (always present).
    pub to: crate::resources::AccessMethodPendingMutationProvisioningAccessTo,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-spaces"
))]
/// The `access_method_pending_mutation_provisioning_access_from` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessMethodPendingMutationProvisioningAccessFrom {
    /// `device_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub device_ids: Vec<crate::Uuid>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-spaces"
))]
/// The `access_method_pending_mutation_provisioning_access_to` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessMethodPendingMutationProvisioningAccessTo {
    /// `device_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub device_ids: Vec<crate::Uuid>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-spaces"
))]
/// A `AccessMethodPendingMutation` whose `mutation_code` is `revoking_access`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessMethodPendingMutationRevokingAccess {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `from`: a [`AccessMethodPendingMutationRevokingAccessFrom`](crate::resources::AccessMethodPendingMutationRevokingAccessFrom) (always present).
    pub from: crate::resources::AccessMethodPendingMutationRevokingAccessFrom,
    /// `message`: a string (always present).
    pub message: String,
    /// `to`: a [`AccessMethodPendingMutationRevokingAccessTo`](crate::resources::AccessMethodPendingMutationRevokingAccessTo) (always present).
    pub to: crate::resources::AccessMethodPendingMutationRevokingAccessTo,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-spaces"
))]
/// The `access_method_pending_mutation_revoking_access_from` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessMethodPendingMutationRevokingAccessFrom {
    /// `device_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub device_ids: Vec<crate::Uuid>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-spaces"
))]
/// The `access_method_pending_mutation_revoking_access_to` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessMethodPendingMutationRevokingAccessTo {
    /// `device_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub device_ids: Vec<crate::Uuid>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-spaces"
))]
/// A `AccessMethodPendingMutation` whose `mutation_code` is `updating_access_times`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessMethodPendingMutationUpdatingAccessTimes {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `from`: a [`AccessMethodPendingMutationUpdatingAccessTimesFrom`](crate::resources::AccessMethodPendingMutationUpdatingAccessTimesFrom) (always present).
    pub from: crate::resources::AccessMethodPendingMutationUpdatingAccessTimesFrom,
    /// `message`: a string (always present).
    pub message: String,
    /// `to`: a [`AccessMethodPendingMutationUpdatingAccessTimesTo`](crate::resources::AccessMethodPendingMutationUpdatingAccessTimesTo) (always present).
    pub to: crate::resources::AccessMethodPendingMutationUpdatingAccessTimesTo,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-spaces"
))]
/// The `access_method_pending_mutation_updating_access_times_from` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessMethodPendingMutationUpdatingAccessTimesFrom {
    /// `ends_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<crate::Timestamp>,
    /// `starts_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<crate::Timestamp>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-spaces"
))]
/// The `access_method_pending_mutation_updating_access_times_to` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessMethodPendingMutationUpdatingAccessTimesTo {
    /// `ends_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<crate::Timestamp>,
    /// `starts_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<crate::Timestamp>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-spaces"
))]
seamapi_runtime::tagged_union! {
    /// The `access_method_warning` object.
    pub enum AccessMethodWarning tag "warning_code" message {
        /// `warning_code` is `being_deleted`.
        BeingDeleted("being_deleted") => AccessMethodWarningBeingDeleted,
        /// `warning_code` is `updating_access_times`.
        UpdatingAccessTimes("updating_access_times") => AccessMethodWarningUpdatingAccessTimes,
        /// `warning_code` is `pulled_backup_access_code`.
        PulledBackupAccessCode("pulled_backup_access_code") => AccessMethodWarningPulledBackupAccessCode,
        /// `warning_code` is `delay_in_issuing`.
        DelayInIssuing("delay_in_issuing") => AccessMethodWarningDelayInIssuing,
    }
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-spaces"
))]
/// A `AccessMethodWarning` whose `warning_code` is `being_deleted`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessMethodWarningBeingDeleted {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-spaces"
))]
/// A `AccessMethodWarning` whose `warning_code` is `delay_in_issuing`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessMethodWarningDelayInIssuing {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-spaces"
))]
/// A `AccessMethodWarning` whose `warning_code` is `pulled_backup_access_code`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessMethodWarningPulledBackupAccessCode {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `original_access_method_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_access_method_id: Option<crate::Uuid>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-spaces"
))]
/// A `AccessMethodWarning` whose `warning_code` is `updating_access_times`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessMethodWarningUpdatingAccessTimes {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-acs",
    feature = "api-spaces"
))]
seamapi_runtime::string_enum! {
    /// The values of `create_access_grant_requested_access_method_mode`, `create_acs_credential_access_method`, `access_grant_requested_access_method_mode`, `access_method_mode`, `acs_credential_access_method`, `phone_session_provider_session_acs_credential_access_method`, `unmanaged_access_grant_requested_access_method_mode`, `unmanaged_access_method_mode`, `unmanaged_acs_credential_access_method`.
    pub enum AccessMode {
        /// `code`.
        Code => "code",
        /// `card`.
        Card => "card",
        /// `mobile_key`.
        MobileKey => "mobile_key",
        /// `cloud_key`.
        CloudKey => "cloud_key",
    }
}

#[cfg(any(feature = "api-access-grants", feature = "api-acs"))]
/// The `acs_access_group` resource.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsAccessGroup {
    /// `access_group_type`: a [`AcsAccessGroupAccessGroupType`](crate::resources::AcsAccessGroupAccessGroupType) (always present).
    #[deprecated(note = "Seam: Use `external_type`.")]
    pub access_group_type: crate::resources::AcsAccessGroupAccessGroupType,
    /// `access_group_type_display_name`: a string (always present).
    #[deprecated(note = "Seam: Use `external_type_display_name`.")]
    pub access_group_type_display_name: String,
    /// `access_schedule`: a [`AcsAccessGroupAccessSchedule`](crate::resources::AcsAccessGroupAccessSchedule) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_schedule: Option<crate::resources::AcsAccessGroupAccessSchedule>,
    /// `acs_access_group_id`: an id (UUID) (always present).
    pub acs_access_group_id: crate::Uuid,
    /// `acs_system_id`: an id (UUID) (always present).
    pub acs_system_id: crate::Uuid,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `display_name`: a string (always present).
    pub display_name: String,
    /// `errors`: a list of [`AcsAccessGroupError`](crate::resources::AcsAccessGroupError) (always present).
    #[serde(default)]
    pub errors: Vec<crate::resources::AcsAccessGroupError>,
    /// `external_type`: a [`AcsAccessGroupExternalType`](crate::resources::AcsAccessGroupExternalType) (always present).
    pub external_type: crate::resources::AcsAccessGroupExternalType,
    /// `external_type_display_name`: a string (always present).
    pub external_type_display_name: String,
    /// `is_managed`: a boolean (always present).
    pub is_managed: bool,
    /// `name`: a string (always present).
    pub name: String,
    /// `pending_mutations`: a list of [`AcsAccessGroupPendingMutation`](crate::resources::AcsAccessGroupPendingMutation) (always present).
    #[serde(default)]
    pub pending_mutations: Vec<crate::resources::AcsAccessGroupPendingMutation>,
    /// `warnings`: a list of [`AcsAccessGroupWarning`](crate::resources::AcsAccessGroupWarning) (always present).
    #[serde(default)]
    pub warnings: Vec<crate::resources::AcsAccessGroupWarning>,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(any(feature = "api-access-grants", feature = "api-acs"))]
seamapi_runtime::string_enum! {
    /// The values of `acs_access_group_access_group_type`, `unmanaged_acs_access_group_access_group_type`.
    pub enum AcsAccessGroupAccessGroupType {
        /// `pti_unit`.
        PtiUnit => "pti_unit",
        /// `pti_access_level`.
        PtiAccessLevel => "pti_access_level",
        /// `salto_ks_access_group`.
        SaltoKsAccessGroup => "salto_ks_access_group",
        /// `brivo_group`.
        BrivoGroup => "brivo_group",
        /// `salto_space_group`.
        SaltoSpaceGroup => "salto_space_group",
        /// `dormakaba_community_access_group`.
        DormakabaCommunityAccessGroup => "dormakaba_community_access_group",
        /// `dormakaba_ambiance_access_group`.
        DormakabaAmbianceAccessGroup => "dormakaba_ambiance_access_group",
        /// `avigilon_alta_group`.
        AvigilonAltaGroup => "avigilon_alta_group",
        /// `kisi_access_group`.
        KisiAccessGroup => "kisi_access_group",
    }
}

#[cfg(any(feature = "api-access-grants", feature = "api-acs"))]
/// The `acs_access_group_access_schedule` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsAccessGroupAccessSchedule {
    /// `ends_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<crate::Timestamp>,
    /// `starts_at`: a timestamp (always present).
    pub starts_at: crate::Timestamp,
}

#[cfg(any(feature = "api-access-grants", feature = "api-acs"))]
seamapi_runtime::tagged_union! {
    /// The `acs_access_group_error` object.
    pub enum AcsAccessGroupError tag "error_code" message {
        /// `error_code` is `failed_to_create_on_acs_system`.
        FailedToCreateOnAcsSystem("failed_to_create_on_acs_system") => AcsAccessGroupErrorFailedToCreateOnAcsSystem,
    }
}

#[cfg(any(feature = "api-access-grants", feature = "api-acs"))]
/// A `AcsAccessGroupError` whose `error_code` is `failed_to_create_on_acs_system`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsAccessGroupErrorFailedToCreateOnAcsSystem {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(feature = "api-access-grants", feature = "api-acs"))]
seamapi_runtime::string_enum! {
    /// The values of `acs_access_group_external_type`, `unmanaged_acs_access_group_external_type`.
    pub enum AcsAccessGroupExternalType {
        /// `pti_unit`.
        PtiUnit => "pti_unit",
        /// `pti_access_level`.
        PtiAccessLevel => "pti_access_level",
        /// `salto_ks_access_group`.
        SaltoKsAccessGroup => "salto_ks_access_group",
        /// `brivo_group`.
        BrivoGroup => "brivo_group",
        /// `salto_space_group`.
        SaltoSpaceGroup => "salto_space_group",
        /// `dormakaba_community_access_group`.
        DormakabaCommunityAccessGroup => "dormakaba_community_access_group",
        /// `dormakaba_ambiance_access_group`.
        DormakabaAmbianceAccessGroup => "dormakaba_ambiance_access_group",
        /// `avigilon_alta_group`.
        AvigilonAltaGroup => "avigilon_alta_group",
        /// `kisi_access_group`.
        KisiAccessGroup => "kisi_access_group",
    }
}

#[cfg(any(feature = "api-access-grants", feature = "api-acs"))]
seamapi_runtime::tagged_union! {
    /// The `acs_access_group_pending_mutation` object.
    pub enum AcsAccessGroupPendingMutation tag "mutation_code" message {
        /// `mutation_code` is `creating`.
        Creating("creating") => AcsAccessGroupPendingMutationCreating,
        /// `mutation_code` is `deleting`.
        Deleting("deleting") => AcsAccessGroupPendingMutationDeleting,
        /// `mutation_code` is `deferring_deletion`.
        DeferringDeletion("deferring_deletion") => AcsAccessGroupPendingMutationDeferringDeletion,
        /// `mutation_code` is `updating_group_information`.
        UpdatingGroupInformation("updating_group_information") => AcsAccessGroupPendingMutationUpdatingGroupInformation,
        /// `mutation_code` is `updating_access_schedule`.
        UpdatingAccessSchedule("updating_access_schedule") => AcsAccessGroupPendingMutationUpdatingAccessSchedule,
        /// `mutation_code` is `updating_user_membership`.
        UpdatingUserMembership("updating_user_membership") => AcsAccessGroupPendingMutationUpdatingUserMembership,
        /// `mutation_code` is `updating_entrance_membership`.
        UpdatingEntranceMembership("updating_entrance_membership") => AcsAccessGroupPendingMutationUpdatingEntranceMembership,
        /// `mutation_code` is `deferring_user_membership_update`.
        DeferringUserMembershipUpdate("deferring_user_membership_update") => AcsAccessGroupPendingMutationDeferringUserMembershipUpdate,
    }
}

#[cfg(any(feature = "api-access-grants", feature = "api-acs"))]
/// A `AcsAccessGroupPendingMutation` whose `mutation_code` is `creating`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsAccessGroupPendingMutationCreating {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(feature = "api-access-grants", feature = "api-acs"))]
/// A `AcsAccessGroupPendingMutation` whose `mutation_code` is `deferring_deletion`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsAccessGroupPendingMutationDeferringDeletion {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(feature = "api-access-grants", feature = "api-acs"))]
/// A `AcsAccessGroupPendingMutation` whose `mutation_code` is `deferring_user_membership_update`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsAccessGroupPendingMutationDeferringUserMembershipUpdate {
    /// `acs_user_id`: an id (UUID) (always present).
    pub acs_user_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `variant`: a [`MembershipUpdateVariant`](crate::resources::MembershipUpdateVariant) (always present).
    pub variant: crate::resources::MembershipUpdateVariant,
}

#[cfg(any(feature = "api-access-grants", feature = "api-acs"))]
/// A `AcsAccessGroupPendingMutation` whose `mutation_code` is `deleting`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsAccessGroupPendingMutationDeleting {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(feature = "api-access-grants", feature = "api-acs"))]
/// A `AcsAccessGroupPendingMutation` whose `mutation_code` is `updating_access_schedule`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsAccessGroupPendingMutationUpdatingAccessSchedule {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `from`: a [`AcsAccessGroupPendingMutationUpdatingAccessScheduleFrom`](crate::resources::AcsAccessGroupPendingMutationUpdatingAccessScheduleFrom) (always present).
    pub from: crate::resources::AcsAccessGroupPendingMutationUpdatingAccessScheduleFrom,
    /// `message`: a string (always present).
    pub message: String,
    /// `to`: a [`AcsAccessGroupPendingMutationUpdatingAccessScheduleTo`](crate::resources::AcsAccessGroupPendingMutationUpdatingAccessScheduleTo) (always present).
    pub to: crate::resources::AcsAccessGroupPendingMutationUpdatingAccessScheduleTo,
}

#[cfg(any(feature = "api-access-grants", feature = "api-acs"))]
/// The `acs_access_group_pending_mutation_updating_access_schedule_from` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsAccessGroupPendingMutationUpdatingAccessScheduleFrom {
    /// `ends_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<crate::Timestamp>,
    /// `starts_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<crate::Timestamp>,
}

#[cfg(any(feature = "api-access-grants", feature = "api-acs"))]
/// The `acs_access_group_pending_mutation_updating_access_schedule_to` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsAccessGroupPendingMutationUpdatingAccessScheduleTo {
    /// `ends_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<crate::Timestamp>,
    /// `starts_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<crate::Timestamp>,
}

#[cfg(any(feature = "api-access-grants", feature = "api-acs"))]
/// A `AcsAccessGroupPendingMutation` whose `mutation_code` is `updating_entrance_membership`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsAccessGroupPendingMutationUpdatingEntranceMembership {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `from`: a [`AcsAccessGroupPendingMutationUpdatingEntranceMembershipFrom`](crate::resources::AcsAccessGroupPendingMutationUpdatingEntranceMembershipFrom) (always present).
    pub from: crate::resources::AcsAccessGroupPendingMutationUpdatingEntranceMembershipFrom,
    /// `message`: a string (always present).
    pub message: String,
    /// `to`: a [`AcsAccessGroupPendingMutationUpdatingEntranceMembershipTo`](crate::resources::AcsAccessGroupPendingMutationUpdatingEntranceMembershipTo) (always present).
    pub to: crate::resources::AcsAccessGroupPendingMutationUpdatingEntranceMembershipTo,
}

#[cfg(any(feature = "api-access-grants", feature = "api-acs"))]
/// The `acs_access_group_pending_mutation_updating_entrance_membership_from` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsAccessGroupPendingMutationUpdatingEntranceMembershipFrom {
    /// `acs_entrance_id`: an id (UUID) (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acs_entrance_id: Option<crate::Uuid>,
}

#[cfg(any(feature = "api-access-grants", feature = "api-acs"))]
/// The `acs_access_group_pending_mutation_updating_entrance_membership_to` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsAccessGroupPendingMutationUpdatingEntranceMembershipTo {
    /// `acs_entrance_id`: an id (UUID) (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acs_entrance_id: Option<crate::Uuid>,
}

#[cfg(any(feature = "api-access-grants", feature = "api-acs"))]
/// A `AcsAccessGroupPendingMutation` whose `mutation_code` is `updating_group_information`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsAccessGroupPendingMutationUpdatingGroupInformation {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `from`: a [`AcsAccessGroupPendingMutationUpdatingGroupInformationFrom`](crate::resources::AcsAccessGroupPendingMutationUpdatingGroupInformationFrom) (always present).
    pub from: crate::resources::AcsAccessGroupPendingMutationUpdatingGroupInformationFrom,
    /// `message`: a string (always present).
    pub message: String,
    /// `to`: a [`AcsAccessGroupPendingMutationUpdatingGroupInformationTo`](crate::resources::AcsAccessGroupPendingMutationUpdatingGroupInformationTo) (always present).
    pub to: crate::resources::AcsAccessGroupPendingMutationUpdatingGroupInformationTo,
}

#[cfg(any(feature = "api-access-grants", feature = "api-acs"))]
/// The `acs_access_group_pending_mutation_updating_group_information_from` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsAccessGroupPendingMutationUpdatingGroupInformationFrom {
    /// `name`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(any(feature = "api-access-grants", feature = "api-acs"))]
/// The `acs_access_group_pending_mutation_updating_group_information_to` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsAccessGroupPendingMutationUpdatingGroupInformationTo {
    /// `name`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(any(feature = "api-access-grants", feature = "api-acs"))]
/// A `AcsAccessGroupPendingMutation` whose `mutation_code` is `updating_user_membership`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsAccessGroupPendingMutationUpdatingUserMembership {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `from`: a [`AcsAccessGroupPendingMutationUpdatingUserMembershipFrom`](crate::resources::AcsAccessGroupPendingMutationUpdatingUserMembershipFrom) (always present).
    pub from: crate::resources::AcsAccessGroupPendingMutationUpdatingUserMembershipFrom,
    /// `message`: a string (always present).
    pub message: String,
    /// `to`: a [`AcsAccessGroupPendingMutationUpdatingUserMembershipTo`](crate::resources::AcsAccessGroupPendingMutationUpdatingUserMembershipTo) (always present).
    pub to: crate::resources::AcsAccessGroupPendingMutationUpdatingUserMembershipTo,
}

#[cfg(any(feature = "api-access-grants", feature = "api-acs"))]
/// The `acs_access_group_pending_mutation_updating_user_membership_from` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsAccessGroupPendingMutationUpdatingUserMembershipFrom {
    /// `acs_user_id`: an id (UUID) (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acs_user_id: Option<crate::Uuid>,
}

#[cfg(any(feature = "api-access-grants", feature = "api-acs"))]
/// The `acs_access_group_pending_mutation_updating_user_membership_to` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsAccessGroupPendingMutationUpdatingUserMembershipTo {
    /// `acs_user_id`: an id (UUID) (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acs_user_id: Option<crate::Uuid>,
}

#[cfg(any(feature = "api-access-grants", feature = "api-acs"))]
seamapi_runtime::tagged_union! {
    /// The `acs_access_group_warning` object.
    pub enum AcsAccessGroupWarning tag "warning_code" message {
        /// `warning_code` is `unknown_issue_with_acs_access_group`.
        UnknownIssueWithAcsAccessGroup("unknown_issue_with_acs_access_group") => AcsAccessGroupWarningUnknownIssueWithAcsAccessGroup,
        /// `warning_code` is `being_deleted`.
        BeingDeleted("being_deleted") => AcsAccessGroupWarningBeingDeleted,
    }
}

#[cfg(any(feature = "api-access-grants", feature = "api-acs"))]
/// A `AcsAccessGroupWarning` whose `warning_code` is `being_deleted`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsAccessGroupWarningBeingDeleted {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(feature = "api-access-grants", feature = "api-acs"))]
/// A `AcsAccessGroupWarning` whose `warning_code` is `unknown_issue_with_acs_access_group`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsAccessGroupWarningUnknownIssueWithAcsAccessGroup {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(feature = "api-access-methods", feature = "api-acs"))]
/// The `acs_credential` resource.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsCredential {
    /// `access_method`: a [`AccessMode`](crate::resources::AccessMode) (always present).
    pub access_method: crate::resources::AccessMode,
    /// `acs_credential_id`: an id (UUID) (always present).
    pub acs_credential_id: crate::Uuid,
    /// `acs_credential_pool_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acs_credential_pool_id: Option<crate::Uuid>,
    /// `acs_system_id`: an id (UUID) (always present).
    pub acs_system_id: crate::Uuid,
    /// `acs_user_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acs_user_id: Option<crate::Uuid>,
    /// `assa_abloy_vostio_metadata`: a [`AcsCredentialAssaAbloyVostioMetadata`](crate::resources::AcsCredentialAssaAbloyVostioMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assa_abloy_vostio_metadata: Option<crate::resources::AcsCredentialAssaAbloyVostioMetadata>,
    /// `card_number`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_number: Option<String>,
    /// `code`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `display_name`: a string (always present).
    pub display_name: String,
    /// `ends_at`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<String>,
    /// `errors`: a list of [`AcsCredentialError`](crate::resources::AcsCredentialError) (always present).
    #[serde(default)]
    pub errors: Vec<crate::resources::AcsCredentialError>,
    /// `external_type`: a [`AcsCredentialExternalType`](crate::resources::AcsCredentialExternalType) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_type: Option<crate::resources::AcsCredentialExternalType>,
    /// `external_type_display_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_type_display_name: Option<String>,
    /// `is_issued`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_issued: Option<bool>,
    /// `is_latest_desired_state_synced_with_provider`: a boolean (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_latest_desired_state_synced_with_provider: Option<bool>,
    /// `is_managed`: a boolean (always present).
    pub is_managed: bool,
    /// `is_multi_phone_sync_credential`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_multi_phone_sync_credential: Option<bool>,
    /// `is_one_time_use`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_one_time_use: Option<bool>,
    /// `issued_at`: a timestamp (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued_at: Option<crate::Timestamp>,
    /// `latest_desired_state_synced_with_provider_at`: a timestamp (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest_desired_state_synced_with_provider_at: Option<crate::Timestamp>,
    /// `parent_acs_credential_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_acs_credential_id: Option<crate::Uuid>,
    /// `starts_at`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<String>,
    /// `user_identity_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_identity_id: Option<crate::Uuid>,
    /// `visionline_metadata`: a [`AcsCredentialVisionlineMetadata`](crate::resources::AcsCredentialVisionlineMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visionline_metadata: Option<crate::resources::AcsCredentialVisionlineMetadata>,
    /// `warnings`: a list of [`AcsCredentialWarning`](crate::resources::AcsCredentialWarning) (always present).
    #[serde(default)]
    pub warnings: Vec<crate::resources::AcsCredentialWarning>,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(any(feature = "api-access-methods", feature = "api-acs"))]
/// The `acs_credential_assa_abloy_vostio_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsCredentialAssaAbloyVostioMetadata {
    /// `auto_join`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_join: Option<bool>,
    /// `door_names`: a list of string (may be absent).
    #[serde(default)]
    pub door_names: Vec<String>,
    /// `endpoint_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint_id: Option<String>,
    /// `key_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_id: Option<String>,
    /// `key_issuing_request_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_issuing_request_id: Option<String>,
    /// `override_guest_acs_entrance_ids`: a list of string (may be absent).
    #[serde(default)]
    pub override_guest_acs_entrance_ids: Vec<String>,
}

#[cfg(any(feature = "api-access-methods", feature = "api-acs"))]
/// The `acs_credential_error` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsCredentialError {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `error_code`: a string (always present).
    pub error_code: String,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(feature = "api-access-methods", feature = "api-acs"))]
seamapi_runtime::string_enum! {
    /// The values of `acs_credential_external_type`, `phone_session_provider_session_acs_credential_external_type`, `unmanaged_acs_credential_external_type`.
    pub enum AcsCredentialExternalType {
        /// `pti_card`.
        PtiCard => "pti_card",
        /// `brivo_credential`.
        BrivoCredential => "brivo_credential",
        /// `hid_credential`.
        HidCredential => "hid_credential",
        /// `visionline_card`.
        VisionlineCard => "visionline_card",
        /// `salto_ks_credential`.
        SaltoKsCredential => "salto_ks_credential",
        /// `assa_abloy_vostio_key`.
        AssaAbloyVostioKey => "assa_abloy_vostio_key",
        /// `salto_space_key`.
        SaltoSpaceKey => "salto_space_key",
        /// `latch_access`.
        LatchAccess => "latch_access",
        /// `dormakaba_ambiance_credential`.
        DormakabaAmbianceCredential => "dormakaba_ambiance_credential",
        /// `hotek_card`.
        HotekCard => "hotek_card",
        /// `salto_ks_tag`.
        SaltoKsTag => "salto_ks_tag",
        /// `avigilon_alta_credential`.
        AvigilonAltaCredential => "avigilon_alta_credential",
        /// `kisi_credential`.
        KisiCredential => "kisi_credential",
    }
}

/// The `acs_credential_pool` resource.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsCredentialPool {
    /// `acs_credential_pool_id`: an id (UUID) (always present).
    pub acs_credential_pool_id: crate::Uuid,
    /// `acs_system_id`: an id (UUID) (always present).
    pub acs_system_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `display_name`: a string (always present).
    pub display_name: String,
    /// `external_type`: a [`AcsCredentialPoolExternalType`](crate::resources::AcsCredentialPoolExternalType) (always present).
    pub external_type: crate::resources::AcsCredentialPoolExternalType,
    /// `external_type_display_name`: a string (always present).
    pub external_type_display_name: String,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

seamapi_runtime::string_enum! {
    /// The values of `acs_credential_pool_external_type`.
    pub enum AcsCredentialPoolExternalType {
        /// `hid_part_number`.
        HidPartNumber => "hid_part_number",
    }
}

/// The `acs_credential_provisioning_automation` resource.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsCredentialProvisioningAutomation {
    /// `acs_credential_provisioning_automation_id`: an id (UUID) (always present).
    pub acs_credential_provisioning_automation_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `credential_manager_acs_system_id`: an id (UUID) (always present).
    pub credential_manager_acs_system_id: crate::Uuid,
    /// `user_identity_id`: an id (UUID) (always present).
    pub user_identity_id: crate::Uuid,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(any(feature = "api-access-methods", feature = "api-acs"))]
/// The `acs_credential_visionline_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsCredentialVisionlineMetadata {
    /// `auto_join`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_join: Option<bool>,
    /// `card_function_type`: a [`AcsCredentialVisionlineMetadataCardFunctionType`](crate::resources::AcsCredentialVisionlineMetadataCardFunctionType) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_function_type:
        Option<crate::resources::AcsCredentialVisionlineMetadataCardFunctionType>,
    /// `card_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_id: Option<String>,
    /// `common_acs_entrance_ids`: a list of id (UUID) (may be absent).
    #[serde(default)]
    pub common_acs_entrance_ids: Vec<crate::Uuid>,
    /// `credential_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credential_id: Option<String>,
    /// `guest_acs_entrance_ids`: a list of id (UUID) (may be absent).
    #[serde(default)]
    pub guest_acs_entrance_ids: Vec<crate::Uuid>,
    /// `is_valid`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_valid: Option<bool>,
    /// `joiner_acs_credential_ids`: a list of id (UUID) (may be absent).
    #[serde(default)]
    pub joiner_acs_credential_ids: Vec<crate::Uuid>,
}

#[cfg(any(feature = "api-access-methods", feature = "api-acs"))]
seamapi_runtime::string_enum! {
    /// The values of `create_acs_credential_visionline_metadata_card_function_type`, `acs_credential_visionline_metadata_card_function_type`, `phone_session_provider_session_acs_credential_visionline_metadata_card_function_type`, `unmanaged_acs_credential_visionline_metadata_card_function_type`.
    pub enum AcsCredentialVisionlineMetadataCardFunctionType {
        /// `guest`.
        Guest => "guest",
        /// `staff`.
        Staff => "staff",
    }
}

#[cfg(any(feature = "api-access-methods", feature = "api-acs"))]
seamapi_runtime::tagged_union! {
    /// The `acs_credential_warning` object.
    pub enum AcsCredentialWarning tag "warning_code" message {
        /// `warning_code` is `waiting_to_be_issued`.
        WaitingToBeIssued("waiting_to_be_issued") => AcsCredentialWarningWaitingToBeIssued,
        /// `warning_code` is `schedule_externally_modified`.
        ScheduleExternallyModified("schedule_externally_modified") => AcsCredentialWarningScheduleExternallyModified,
        /// `warning_code` is `schedule_modified`.
        ScheduleModified("schedule_modified") => AcsCredentialWarningScheduleModified,
        /// `warning_code` is `being_deleted`.
        BeingDeleted("being_deleted") => AcsCredentialWarningBeingDeleted,
        /// `warning_code` is `unknown_issue_with_acs_credential`.
        UnknownIssueWithAcsCredential("unknown_issue_with_acs_credential") => AcsCredentialWarningUnknownIssueWithAcsCredential,
        /// `warning_code` is `needs_to_be_reissued`.
        NeedsToBeReissued("needs_to_be_reissued") => AcsCredentialWarningNeedsToBeReissued,
    }
}

#[cfg(any(feature = "api-access-methods", feature = "api-acs"))]
/// A `AcsCredentialWarning` whose `warning_code` is `being_deleted`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsCredentialWarningBeingDeleted {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(feature = "api-access-methods", feature = "api-acs"))]
/// A `AcsCredentialWarning` whose `warning_code` is `needs_to_be_reissued`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsCredentialWarningNeedsToBeReissued {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(feature = "api-access-methods", feature = "api-acs"))]
/// A `AcsCredentialWarning` whose `warning_code` is `schedule_externally_modified`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsCredentialWarningScheduleExternallyModified {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(feature = "api-access-methods", feature = "api-acs"))]
/// A `AcsCredentialWarning` whose `warning_code` is `schedule_modified`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsCredentialWarningScheduleModified {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(feature = "api-access-methods", feature = "api-acs"))]
/// A `AcsCredentialWarning` whose `warning_code` is `unknown_issue_with_acs_credential`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsCredentialWarningUnknownIssueWithAcsCredential {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(feature = "api-access-methods", feature = "api-acs"))]
/// A `AcsCredentialWarning` whose `warning_code` is `waiting_to_be_issued`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsCredentialWarningWaitingToBeIssued {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-acs")]
/// The `acs_encoder` resource.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsEncoder {
    /// `acs_encoder_id`: an id (UUID) (always present).
    pub acs_encoder_id: crate::Uuid,
    /// `acs_system_id`: an id (UUID) (always present).
    pub acs_system_id: crate::Uuid,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `display_name`: a string (always present).
    pub display_name: String,
    /// `errors`: a list of [`AcsEncoderError`](crate::resources::AcsEncoderError) (always present).
    #[serde(default)]
    pub errors: Vec<crate::resources::AcsEncoderError>,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-acs")]
/// The `acs_encoder_error` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsEncoderError {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `error_code`: a [`AcsEncoderErrorErrorCode`](crate::resources::AcsEncoderErrorErrorCode) (always present).
    pub error_code: crate::resources::AcsEncoderErrorErrorCode,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-acs")]
seamapi_runtime::string_enum! {
    /// The values of `acs_encoder_error_error_code`.
    pub enum AcsEncoderErrorErrorCode {
        /// `acs_encoder_removed`.
        AcsEncoderRemoved => "acs_encoder_removed",
    }
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-acs",
    feature = "api-spaces",
    feature = "api-user-identities"
))]
/// The `acs_entrance` resource.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsEntrance {
    /// `acs_entrance_id`: an id (UUID) (always present).
    pub acs_entrance_id: crate::Uuid,
    /// `acs_system_id`: an id (UUID) (always present).
    pub acs_system_id: crate::Uuid,
    /// `assa_abloy_vostio_metadata`: a [`AcsEntranceAssaAbloyVostioMetadata`](crate::resources::AcsEntranceAssaAbloyVostioMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assa_abloy_vostio_metadata: Option<crate::resources::AcsEntranceAssaAbloyVostioMetadata>,
    /// `avigilon_alta_metadata`: a [`AcsEntranceAvigilonAltaMetadata`](crate::resources::AcsEntranceAvigilonAltaMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avigilon_alta_metadata: Option<crate::resources::AcsEntranceAvigilonAltaMetadata>,
    /// `brivo_metadata`: a [`AcsEntranceBrivoMetadata`](crate::resources::AcsEntranceBrivoMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brivo_metadata: Option<crate::resources::AcsEntranceBrivoMetadata>,
    /// `can_belong_to_reservation`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_belong_to_reservation: Option<bool>,
    /// `can_unlock_with_card`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_unlock_with_card: Option<bool>,
    /// `can_unlock_with_cloud_key`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_unlock_with_cloud_key: Option<bool>,
    /// `can_unlock_with_code`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_unlock_with_code: Option<bool>,
    /// `can_unlock_with_mobile_key`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_unlock_with_mobile_key: Option<bool>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `display_name`: a string (always present).
    pub display_name: String,
    /// `dormakaba_ambiance_metadata`: a [`AcsEntranceDormakabaAmbianceMetadata`](crate::resources::AcsEntranceDormakabaAmbianceMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dormakaba_ambiance_metadata: Option<crate::resources::AcsEntranceDormakabaAmbianceMetadata>,
    /// `dormakaba_community_metadata`: a [`AcsEntranceDormakabaCommunityMetadata`](crate::resources::AcsEntranceDormakabaCommunityMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dormakaba_community_metadata:
        Option<crate::resources::AcsEntranceDormakabaCommunityMetadata>,
    /// `errors`: a list of [`AcsEntranceError`](crate::resources::AcsEntranceError) (always present).
    #[serde(default)]
    pub errors: Vec<crate::resources::AcsEntranceError>,
    /// `hotek_metadata`: a [`AcsEntranceHotekMetadata`](crate::resources::AcsEntranceHotekMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hotek_metadata: Option<crate::resources::AcsEntranceHotekMetadata>,
    /// `is_locked`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_locked: Option<bool>,
    /// `latch_metadata`: a [`AcsEntranceLatchMetadata`](crate::resources::AcsEntranceLatchMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latch_metadata: Option<crate::resources::AcsEntranceLatchMetadata>,
    /// `salto_ks_metadata`: a [`AcsEntranceSaltoKsMetadata`](crate::resources::AcsEntranceSaltoKsMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salto_ks_metadata: Option<crate::resources::AcsEntranceSaltoKsMetadata>,
    /// `salto_space_metadata`: a [`AcsEntranceSaltoSpaceMetadata`](crate::resources::AcsEntranceSaltoSpaceMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salto_space_metadata: Option<crate::resources::AcsEntranceSaltoSpaceMetadata>,
    /// `space_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub space_ids: Vec<crate::Uuid>,
    /// `visionline_metadata`: a [`AcsEntranceVisionlineMetadata`](crate::resources::AcsEntranceVisionlineMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visionline_metadata: Option<crate::resources::AcsEntranceVisionlineMetadata>,
    /// `warnings`: a list of [`AcsEntranceWarning`](crate::resources::AcsEntranceWarning) (always present).
    #[serde(default)]
    pub warnings: Vec<crate::resources::AcsEntranceWarning>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-acs",
    feature = "api-spaces",
    feature = "api-user-identities"
))]
/// The `acs_entrance_assa_abloy_vostio_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsEntranceAssaAbloyVostioMetadata {
    /// `door_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub door_name: Option<String>,
    /// `door_number`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub door_number: Option<f64>,
    /// `door_type`: a [`AcsEntranceAssaAbloyVostioMetadataDoorType`](crate::resources::AcsEntranceAssaAbloyVostioMetadataDoorType) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub door_type: Option<crate::resources::AcsEntranceAssaAbloyVostioMetadataDoorType>,
    /// `pms_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pms_id: Option<String>,
    /// `stand_open`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stand_open: Option<bool>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-acs",
    feature = "api-spaces",
    feature = "api-user-identities"
))]
seamapi_runtime::string_enum! {
    /// The values of `acs_entrance_assa_abloy_vostio_metadata_door_type`, `phone_session_provider_session_acs_credential_acs_entrance_assa_abloy_vostio_metadata_door_type`.
    pub enum AcsEntranceAssaAbloyVostioMetadataDoorType {
        /// `CommonDoor`.
        Commondoor => "CommonDoor",
        /// `EntranceDoor`.
        Entrancedoor => "EntranceDoor",
        /// `GuestDoor`.
        Guestdoor => "GuestDoor",
        /// `Elevator`.
        Elevator => "Elevator",
    }
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-acs",
    feature = "api-spaces",
    feature = "api-user-identities"
))]
/// The `acs_entrance_avigilon_alta_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsEntranceAvigilonAltaMetadata {
    /// `entry_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry_name: Option<String>,
    /// `entry_relays_total_count`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry_relays_total_count: Option<f64>,
    /// `org_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_name: Option<String>,
    /// `site_id`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_id: Option<f64>,
    /// `site_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_name: Option<String>,
    /// `zone_id`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone_id: Option<f64>,
    /// `zone_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone_name: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-acs",
    feature = "api-spaces",
    feature = "api-user-identities"
))]
/// The `acs_entrance_brivo_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsEntranceBrivoMetadata {
    /// `access_point_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_point_id: Option<String>,
    /// `site_id`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_id: Option<f64>,
    /// `site_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_name: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-acs",
    feature = "api-spaces",
    feature = "api-user-identities"
))]
/// The `acs_entrance_dormakaba_ambiance_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsEntranceDormakabaAmbianceMetadata {
    /// `access_point_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_point_name: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-acs",
    feature = "api-spaces",
    feature = "api-user-identities"
))]
/// The `acs_entrance_dormakaba_community_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsEntranceDormakabaCommunityMetadata {
    /// `access_point_profile`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_point_profile: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-acs",
    feature = "api-spaces",
    feature = "api-user-identities"
))]
/// The `acs_entrance_error` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsEntranceError {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `error_code`: a string (always present).
    pub error_code: String,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-acs",
    feature = "api-spaces",
    feature = "api-user-identities"
))]
/// The `acs_entrance_hotek_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsEntranceHotekMetadata {
    /// `common_area_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub common_area_name: Option<String>,
    /// `common_area_number`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub common_area_number: Option<String>,
    /// `room_number`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room_number: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-acs",
    feature = "api-spaces",
    feature = "api-user-identities"
))]
/// The `acs_entrance_latch_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsEntranceLatchMetadata {
    /// `accessibility_type`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accessibility_type: Option<String>,
    /// `door_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub door_name: Option<String>,
    /// `door_type`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub door_type: Option<String>,
    /// `is_connected`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_connected: Option<bool>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-acs",
    feature = "api-spaces",
    feature = "api-user-identities"
))]
/// The `acs_entrance_salto_ks_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsEntranceSaltoKsMetadata {
    /// `battery_level`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub battery_level: Option<String>,
    /// `door_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub door_name: Option<String>,
    /// `intrusion_alarm`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intrusion_alarm: Option<bool>,
    /// `left_open_alarm`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left_open_alarm: Option<bool>,
    /// `lock_type`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lock_type: Option<String>,
    /// `locked_state`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locked_state: Option<String>,
    /// `online`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub online: Option<bool>,
    /// `privacy_mode`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy_mode: Option<bool>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-acs",
    feature = "api-spaces",
    feature = "api-user-identities"
))]
/// The `acs_entrance_salto_space_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsEntranceSaltoSpaceMetadata {
    /// `audit_on_keys`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audit_on_keys: Option<bool>,
    /// `door_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub door_description: Option<String>,
    /// `door_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub door_id: Option<String>,
    /// `door_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub door_name: Option<String>,
    /// `room_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room_description: Option<String>,
    /// `room_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room_name: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-acs",
    feature = "api-spaces",
    feature = "api-user-identities"
))]
/// The `acs_entrance_visionline_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsEntranceVisionlineMetadata {
    /// `door_category`: a [`AcsEntranceVisionlineMetadataDoorCategory`](crate::resources::AcsEntranceVisionlineMetadataDoorCategory) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub door_category: Option<crate::resources::AcsEntranceVisionlineMetadataDoorCategory>,
    /// `door_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub door_name: Option<String>,
    /// `profiles`: a list of [`AcsEntranceVisionlineMetadataProfile`](crate::resources::AcsEntranceVisionlineMetadataProfile) (may be absent).
    #[serde(default)]
    pub profiles: Vec<crate::resources::AcsEntranceVisionlineMetadataProfile>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-acs",
    feature = "api-spaces",
    feature = "api-user-identities"
))]
seamapi_runtime::string_enum! {
    /// The values of `acs_entrance_visionline_metadata_door_category`, `phone_session_provider_session_acs_credential_acs_entrance_visionline_metadata_door_category`.
    pub enum AcsEntranceVisionlineMetadataDoorCategory {
        /// `entrance`.
        Entrance => "entrance",
        /// `guest`.
        Guest => "guest",
        /// `elevator reader`.
        ElevatorReader => "elevator reader",
        /// `common`.
        Common => "common",
        /// `common (PMS)`.
        CommonPms => "common (PMS)",
    }
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-acs",
    feature = "api-spaces",
    feature = "api-user-identities"
))]
/// The `acs_entrance_visionline_metadata_profile` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsEntranceVisionlineMetadataProfile {
    /// `visionline_door_profile_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visionline_door_profile_id: Option<String>,
    /// `visionline_door_profile_type`: a [`AcsEntranceVisionlineMetadataProfileVisionlineDoorProfileType`](crate::resources::AcsEntranceVisionlineMetadataProfileVisionlineDoorProfileType) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visionline_door_profile_type:
        Option<crate::resources::AcsEntranceVisionlineMetadataProfileVisionlineDoorProfileType>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-acs",
    feature = "api-spaces",
    feature = "api-user-identities"
))]
seamapi_runtime::string_enum! {
    /// The values of `acs_entrance_visionline_metadata_profile_visionline_door_profile_type`, `phone_session_provider_session_acs_credential_acs_entrance_visionline_metadata_profile_visionline_door_profile_type`.
    pub enum AcsEntranceVisionlineMetadataProfileVisionlineDoorProfileType {
        /// `BLE`.
        Ble => "BLE",
        /// `commonDoor`.
        Commondoor => "commonDoor",
        /// `touch`.
        Touch => "touch",
    }
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-acs",
    feature = "api-spaces",
    feature = "api-user-identities"
))]
seamapi_runtime::tagged_union! {
    /// The `acs_entrance_warning` object.
    pub enum AcsEntranceWarning tag "warning_code" message {
        /// `warning_code` is `salto_ks_entrance_access_code_support_removed`.
        SaltoKsEntranceAccessCodeSupportRemoved("salto_ks_entrance_access_code_support_removed") => AcsEntranceWarningSaltoKsEntranceAccessCodeSupportRemoved,
        /// `warning_code` is `entrance_shares_zone`.
        EntranceSharesZone("entrance_shares_zone") => AcsEntranceWarningEntranceSharesZone,
        /// `warning_code` is `entrance_setup_required`.
        EntranceSetupRequired("entrance_setup_required") => AcsEntranceWarningEntranceSetupRequired,
        /// `warning_code` is `salto_ks_privacy_mode`.
        SaltoKsPrivacyMode("salto_ks_privacy_mode") => AcsEntranceWarningSaltoKsPrivacyMode,
        /// `warning_code` is `privacy_mode`.
        PrivacyMode("privacy_mode") => AcsEntranceWarningPrivacyMode,
    }
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-acs",
    feature = "api-spaces",
    feature = "api-user-identities"
))]
/// A `AcsEntranceWarning` whose `warning_code` is `entrance_setup_required`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsEntranceWarningEntranceSetupRequired {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-acs",
    feature = "api-spaces",
    feature = "api-user-identities"
))]
/// A `AcsEntranceWarning` whose `warning_code` is `entrance_shares_zone`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsEntranceWarningEntranceSharesZone {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-acs",
    feature = "api-spaces",
    feature = "api-user-identities"
))]
/// A `AcsEntranceWarning` whose `warning_code` is `privacy_mode`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsEntranceWarningPrivacyMode {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-acs",
    feature = "api-spaces",
    feature = "api-user-identities"
))]
/// A `AcsEntranceWarning` whose `warning_code` is `salto_ks_entrance_access_code_support_removed`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsEntranceWarningSaltoKsEntranceAccessCodeSupportRemoved {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-acs",
    feature = "api-spaces",
    feature = "api-user-identities"
))]
/// A `AcsEntranceWarning` whose `warning_code` is `salto_ks_privacy_mode`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsEntranceWarningSaltoKsPrivacyMode {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-acs",
    feature = "api-spaces",
    feature = "api-user-identities"
))]
/// The `acs_system` resource.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsSystem {
    /// `acs_access_group_count`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acs_access_group_count: Option<f64>,
    /// `acs_system_id`: an id (UUID) (always present).
    pub acs_system_id: crate::Uuid,
    /// `acs_user_count`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acs_user_count: Option<f64>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `connected_account_ids`: a list of id (UUID) (always present).
    #[deprecated(note = "Seam: Use `connected_account_id`.")]
    #[serde(default)]
    pub connected_account_ids: Vec<crate::Uuid>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `default_credential_manager_acs_system_id`: an id (UUID) (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_credential_manager_acs_system_id: Option<crate::Uuid>,
    /// `errors`: a list of [`AcsSystemError`](crate::resources::AcsSystemError) (always present).
    #[serde(default)]
    pub errors: Vec<crate::resources::AcsSystemError>,
    /// `external_type`: a [`AcsSystemExternalType`](crate::resources::AcsSystemExternalType) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_type: Option<crate::resources::AcsSystemExternalType>,
    /// `external_type_display_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_type_display_name: Option<String>,
    /// `image_alt_text`: a string (always present).
    pub image_alt_text: String,
    /// `image_url`: a string (always present).
    pub image_url: String,
    /// `is_credential_manager`: a boolean (always present).
    pub is_credential_manager: bool,
    /// `location`: a [`AcsSystemLocation`](crate::resources::AcsSystemLocation) (always present).
    pub location: crate::resources::AcsSystemLocation,
    /// `name`: a string (always present).
    pub name: String,
    /// `system_type`: a [`AcsSystemSystemType`](crate::resources::AcsSystemSystemType) (may be absent).
    #[deprecated(note = "Seam: Use `external_type`.")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system_type: Option<crate::resources::AcsSystemSystemType>,
    /// `system_type_display_name`: a string (may be absent).
    #[deprecated(note = "Seam: Use `external_type_display_name`.")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system_type_display_name: Option<String>,
    /// `visionline_metadata`: a [`AcsSystemVisionlineMetadata`](crate::resources::AcsSystemVisionlineMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visionline_metadata: Option<crate::resources::AcsSystemVisionlineMetadata>,
    /// `warnings`: a list of [`AcsSystemWarning`](crate::resources::AcsSystemWarning) (always present).
    #[serde(default)]
    pub warnings: Vec<crate::resources::AcsSystemWarning>,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-acs",
    feature = "api-spaces",
    feature = "api-user-identities"
))]
seamapi_runtime::tagged_union! {
    /// The `acs_system_error` object.
    pub enum AcsSystemError tag "error_code" message {
        /// `error_code` is `seam_bridge_disconnected`.
        SeamBridgeDisconnected("seam_bridge_disconnected") => AcsSystemErrorSeamBridgeDisconnected,
        /// `error_code` is `bridge_disconnected`.
        BridgeDisconnected("bridge_disconnected") => AcsSystemErrorBridgeDisconnected,
        /// `error_code` is `visionline_instance_unreachable`.
        VisionlineInstanceUnreachable("visionline_instance_unreachable") => AcsSystemErrorVisionlineInstanceUnreachable,
        /// `error_code` is `salto_ks_subscription_limit_exceeded`.
        SaltoKsSubscriptionLimitExceeded("salto_ks_subscription_limit_exceeded") => AcsSystemErrorSaltoKsSubscriptionLimitExceeded,
        /// `error_code` is `acs_system_disconnected`.
        AcsSystemDisconnected("acs_system_disconnected") => AcsSystemErrorAcsSystemDisconnected,
        /// `error_code` is `account_disconnected`.
        AccountDisconnected("account_disconnected") => AcsSystemErrorAccountDisconnected,
        /// `error_code` is `salto_ks_certification_expired`.
        SaltoKsCertificationExpired("salto_ks_certification_expired") => AcsSystemErrorSaltoKsCertificationExpired,
        /// `error_code` is `provider_service_unavailable`.
        ProviderServiceUnavailable("provider_service_unavailable") => AcsSystemErrorProviderServiceUnavailable,
    }
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-acs",
    feature = "api-spaces",
    feature = "api-user-identities"
))]
/// A `AcsSystemError` whose `error_code` is `account_disconnected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsSystemErrorAccountDisconnected {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-acs",
    feature = "api-spaces",
    feature = "api-user-identities"
))]
/// A `AcsSystemError` whose `error_code` is `acs_system_disconnected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsSystemErrorAcsSystemDisconnected {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-acs",
    feature = "api-spaces",
    feature = "api-user-identities"
))]
/// A `AcsSystemError` whose `error_code` is `bridge_disconnected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsSystemErrorBridgeDisconnected {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_bridge_error`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_bridge_error: Option<bool>,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-acs",
    feature = "api-spaces",
    feature = "api-user-identities"
))]
/// A `AcsSystemError` whose `error_code` is `provider_service_unavailable`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsSystemErrorProviderServiceUnavailable {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-acs",
    feature = "api-spaces",
    feature = "api-user-identities"
))]
/// A `AcsSystemError` whose `error_code` is `salto_ks_certification_expired`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsSystemErrorSaltoKsCertificationExpired {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-acs",
    feature = "api-spaces",
    feature = "api-user-identities"
))]
/// A `AcsSystemError` whose `error_code` is `salto_ks_subscription_limit_exceeded`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsSystemErrorSaltoKsSubscriptionLimitExceeded {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-acs",
    feature = "api-spaces",
    feature = "api-user-identities"
))]
/// A `AcsSystemError` whose `error_code` is `seam_bridge_disconnected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsSystemErrorSeamBridgeDisconnected {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-acs",
    feature = "api-spaces",
    feature = "api-user-identities"
))]
/// A `AcsSystemError` whose `error_code` is `visionline_instance_unreachable`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsSystemErrorVisionlineInstanceUnreachable {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-acs",
    feature = "api-spaces",
    feature = "api-user-identities"
))]
seamapi_runtime::string_enum! {
    /// The values of `acs_system_external_type`.
    pub enum AcsSystemExternalType {
        /// `pti_site`.
        PtiSite => "pti_site",
        /// `avigilon_alta_org`.
        AvigilonAltaOrg => "avigilon_alta_org",
        /// `salto_ks_site`.
        SaltoKsSite => "salto_ks_site",
        /// `salto_space_system`.
        SaltoSpaceSystem => "salto_space_system",
        /// `brivo_account`.
        BrivoAccount => "brivo_account",
        /// `hid_credential_manager_organization`.
        HidCredentialManagerOrganization => "hid_credential_manager_organization",
        /// `visionline_system`.
        VisionlineSystem => "visionline_system",
        /// `assa_abloy_credential_service`.
        AssaAbloyCredentialService => "assa_abloy_credential_service",
        /// `latch_building`.
        LatchBuilding => "latch_building",
        /// `dormakaba_community_site`.
        DormakabaCommunitySite => "dormakaba_community_site",
        /// `dormakaba_ambiance_site`.
        DormakabaAmbianceSite => "dormakaba_ambiance_site",
        /// `legic_connect_credential_service`.
        LegicConnectCredentialService => "legic_connect_credential_service",
        /// `assa_abloy_vostio`.
        AssaAbloyVostio => "assa_abloy_vostio",
        /// `assa_abloy_vostio_credential_service`.
        AssaAbloyVostioCredentialService => "assa_abloy_vostio_credential_service",
        /// `hotek_site`.
        HotekSite => "hotek_site",
        /// `kisi_organization`.
        KisiOrganization => "kisi_organization",
    }
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-acs",
    feature = "api-spaces",
    feature = "api-user-identities"
))]
/// The `acs_system_location` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsSystemLocation {
    /// `time_zone`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-acs",
    feature = "api-spaces",
    feature = "api-user-identities"
))]
seamapi_runtime::string_enum! {
    /// The values of `acs_system_system_type`.
    pub enum AcsSystemSystemType {
        /// `pti_site`.
        PtiSite => "pti_site",
        /// `avigilon_alta_org`.
        AvigilonAltaOrg => "avigilon_alta_org",
        /// `salto_ks_site`.
        SaltoKsSite => "salto_ks_site",
        /// `salto_space_system`.
        SaltoSpaceSystem => "salto_space_system",
        /// `brivo_account`.
        BrivoAccount => "brivo_account",
        /// `hid_credential_manager_organization`.
        HidCredentialManagerOrganization => "hid_credential_manager_organization",
        /// `visionline_system`.
        VisionlineSystem => "visionline_system",
        /// `assa_abloy_credential_service`.
        AssaAbloyCredentialService => "assa_abloy_credential_service",
        /// `latch_building`.
        LatchBuilding => "latch_building",
        /// `dormakaba_community_site`.
        DormakabaCommunitySite => "dormakaba_community_site",
        /// `dormakaba_ambiance_site`.
        DormakabaAmbianceSite => "dormakaba_ambiance_site",
        /// `legic_connect_credential_service`.
        LegicConnectCredentialService => "legic_connect_credential_service",
        /// `assa_abloy_vostio`.
        AssaAbloyVostio => "assa_abloy_vostio",
        /// `assa_abloy_vostio_credential_service`.
        AssaAbloyVostioCredentialService => "assa_abloy_vostio_credential_service",
        /// `hotek_site`.
        HotekSite => "hotek_site",
        /// `kisi_organization`.
        KisiOrganization => "kisi_organization",
    }
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-acs",
    feature = "api-spaces",
    feature = "api-user-identities"
))]
/// The `acs_system_visionline_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsSystemVisionlineMetadata {
    /// `lan_address`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lan_address: Option<String>,
    /// `mobile_access_uuid`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mobile_access_uuid: Option<String>,
    /// `system_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system_id: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-acs",
    feature = "api-spaces",
    feature = "api-user-identities"
))]
seamapi_runtime::tagged_union! {
    /// The `acs_system_warning` object.
    pub enum AcsSystemWarning tag "warning_code" message {
        /// `warning_code` is `salto_ks_subscription_limit_almost_reached`.
        SaltoKsSubscriptionLimitAlmostReached("salto_ks_subscription_limit_almost_reached") => AcsSystemWarningSaltoKsSubscriptionLimitAlmostReached,
        /// `warning_code` is `time_zone_does_not_match_location`.
        TimeZoneDoesNotMatchLocation("time_zone_does_not_match_location") => AcsSystemWarningTimeZoneDoesNotMatchLocation,
        /// `warning_code` is `setup_required`.
        SetupRequired("setup_required") => AcsSystemWarningSetupRequired,
    }
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-acs",
    feature = "api-spaces",
    feature = "api-user-identities"
))]
/// A `AcsSystemWarning` whose `warning_code` is `salto_ks_subscription_limit_almost_reached`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsSystemWarningSaltoKsSubscriptionLimitAlmostReached {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-acs",
    feature = "api-spaces",
    feature = "api-user-identities"
))]
/// A `AcsSystemWarning` whose `warning_code` is `setup_required`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsSystemWarningSetupRequired {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-acs",
    feature = "api-spaces",
    feature = "api-user-identities"
))]
/// A `AcsSystemWarning` whose `warning_code` is `time_zone_does_not_match_location`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsSystemWarningTimeZoneDoesNotMatchLocation {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `misconfigured_acs_entrance_ids`: a list of id (UUID) (may be absent).
    #[deprecated(note = "Seam: this field is deprecated.")]
    #[serde(default)]
    pub misconfigured_acs_entrance_ids: Vec<crate::Uuid>,
}

#[cfg(any(feature = "api-acs", feature = "api-user-identities"))]
/// The `acs_user` resource.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsUser {
    /// `access_schedule`: a [`AcsUserAccessSchedule`](crate::resources::AcsUserAccessSchedule) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_schedule: Option<crate::resources::AcsUserAccessSchedule>,
    /// `acs_system_id`: an id (UUID) (always present).
    pub acs_system_id: crate::Uuid,
    /// `acs_user_id`: an id (UUID) (always present).
    pub acs_user_id: crate::Uuid,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `display_name`: a string (always present).
    pub display_name: String,
    /// `email`: a string (may be absent).
    #[deprecated(note = "Seam: use email_address.")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `email_address`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// `errors`: a list of [`AcsUserError`](crate::resources::AcsUserError) (always present).
    #[serde(default)]
    pub errors: Vec<crate::resources::AcsUserError>,
    /// `external_type`: a [`AcsUserExternalType`](crate::resources::AcsUserExternalType) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_type: Option<crate::resources::AcsUserExternalType>,
    /// `external_type_display_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_type_display_name: Option<String>,
    /// `full_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    /// `hid_acs_system_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hid_acs_system_id: Option<crate::Uuid>,
    /// `is_managed`: a boolean (always present).
    pub is_managed: bool,
    /// `is_suspended`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_suspended: Option<bool>,
    /// `last_successful_sync_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_successful_sync_at: Option<crate::Timestamp>,
    /// `pending_mutations`: a list of [`AcsUserPendingMutation`](crate::resources::AcsUserPendingMutation) (may be absent).
    #[serde(default)]
    pub pending_mutations: Vec<crate::resources::AcsUserPendingMutation>,
    /// `phone_number`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// `salto_ks_metadata`: a [`AcsUserSaltoKsMetadata`](crate::resources::AcsUserSaltoKsMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salto_ks_metadata: Option<crate::resources::AcsUserSaltoKsMetadata>,
    /// `salto_space_metadata`: a [`AcsUserSaltoSpaceMetadata`](crate::resources::AcsUserSaltoSpaceMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salto_space_metadata: Option<crate::resources::AcsUserSaltoSpaceMetadata>,
    /// `user_identity_email_address`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_identity_email_address: Option<String>,
    /// `user_identity_full_name`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_identity_full_name: Option<String>,
    /// `user_identity_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_identity_id: Option<String>,
    /// `user_identity_phone_number`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_identity_phone_number: Option<String>,
    /// `warnings`: a list of [`AcsUserWarning`](crate::resources::AcsUserWarning) (always present).
    #[serde(default)]
    pub warnings: Vec<crate::resources::AcsUserWarning>,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(any(feature = "api-acs", feature = "api-user-identities"))]
/// The `acs_user_access_schedule` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsUserAccessSchedule {
    /// `ends_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<crate::Timestamp>,
    /// `starts_at`: a timestamp (always present).
    pub starts_at: crate::Timestamp,
}

#[cfg(any(feature = "api-acs", feature = "api-user-identities"))]
seamapi_runtime::tagged_union! {
    /// The `acs_user_error` object.
    pub enum AcsUserError tag "error_code" message {
        /// `error_code` is `deleted_externally`.
        DeletedExternally("deleted_externally") => AcsUserErrorDeletedExternally,
        /// `error_code` is `salto_ks_subscription_limit_exceeded`.
        SaltoKsSubscriptionLimitExceeded("salto_ks_subscription_limit_exceeded") => AcsUserErrorSaltoKsSubscriptionLimitExceeded,
        /// `error_code` is `failed_to_create_on_acs_system`.
        FailedToCreateOnAcsSystem("failed_to_create_on_acs_system") => AcsUserErrorFailedToCreateOnAcsSystem,
        /// `error_code` is `failed_to_update_on_acs_system`.
        FailedToUpdateOnAcsSystem("failed_to_update_on_acs_system") => AcsUserErrorFailedToUpdateOnAcsSystem,
        /// `error_code` is `failed_to_delete_on_acs_system`.
        FailedToDeleteOnAcsSystem("failed_to_delete_on_acs_system") => AcsUserErrorFailedToDeleteOnAcsSystem,
        /// `error_code` is `latch_conflict_with_resident_user`.
        LatchConflictWithResidentUser("latch_conflict_with_resident_user") => AcsUserErrorLatchConflictWithResidentUser,
    }
}

#[cfg(any(feature = "api-acs", feature = "api-user-identities"))]
/// A `AcsUserError` whose `error_code` is `deleted_externally`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsUserErrorDeletedExternally {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(feature = "api-acs", feature = "api-user-identities"))]
/// A `AcsUserError` whose `error_code` is `failed_to_create_on_acs_system`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsUserErrorFailedToCreateOnAcsSystem {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(feature = "api-acs", feature = "api-user-identities"))]
/// A `AcsUserError` whose `error_code` is `failed_to_delete_on_acs_system`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsUserErrorFailedToDeleteOnAcsSystem {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(feature = "api-acs", feature = "api-user-identities"))]
/// A `AcsUserError` whose `error_code` is `failed_to_update_on_acs_system`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsUserErrorFailedToUpdateOnAcsSystem {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(feature = "api-acs", feature = "api-user-identities"))]
/// A `AcsUserError` whose `error_code` is `latch_conflict_with_resident_user`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsUserErrorLatchConflictWithResidentUser {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(feature = "api-acs", feature = "api-user-identities"))]
/// A `AcsUserError` whose `error_code` is `salto_ks_subscription_limit_exceeded`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsUserErrorSaltoKsSubscriptionLimitExceeded {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(feature = "api-acs", feature = "api-user-identities"))]
seamapi_runtime::string_enum! {
    /// The values of `acs_user_external_type`, `unmanaged_acs_user_external_type`.
    pub enum AcsUserExternalType {
        /// `pti_user`.
        PtiUser => "pti_user",
        /// `brivo_user`.
        BrivoUser => "brivo_user",
        /// `hid_credential_manager_user`.
        HidCredentialManagerUser => "hid_credential_manager_user",
        /// `salto_site_user`.
        SaltoSiteUser => "salto_site_user",
        /// `latch_user`.
        LatchUser => "latch_user",
        /// `dormakaba_community_user`.
        DormakabaCommunityUser => "dormakaba_community_user",
        /// `salto_space_user`.
        SaltoSpaceUser => "salto_space_user",
        /// `avigilon_alta_user`.
        AvigilonAltaUser => "avigilon_alta_user",
        /// `kisi_user`.
        KisiUser => "kisi_user",
    }
}

#[cfg(any(feature = "api-acs", feature = "api-user-identities"))]
seamapi_runtime::tagged_union! {
    /// The `acs_user_pending_mutation` object.
    pub enum AcsUserPendingMutation tag "mutation_code" message {
        /// `mutation_code` is `creating`.
        Creating("creating") => AcsUserPendingMutationCreating,
        /// `mutation_code` is `deleting`.
        Deleting("deleting") => AcsUserPendingMutationDeleting,
        /// `mutation_code` is `deferring_creation`.
        DeferringCreation("deferring_creation") => AcsUserPendingMutationDeferringCreation,
        /// `mutation_code` is `updating_user_information`.
        UpdatingUserInformation("updating_user_information") => AcsUserPendingMutationUpdatingUserInformation,
        /// `mutation_code` is `updating_access_schedule`.
        UpdatingAccessSchedule("updating_access_schedule") => AcsUserPendingMutationUpdatingAccessSchedule,
        /// `mutation_code` is `updating_suspension_state`.
        UpdatingSuspensionState("updating_suspension_state") => AcsUserPendingMutationUpdatingSuspensionState,
        /// `mutation_code` is `updating_group_membership`.
        UpdatingGroupMembership("updating_group_membership") => AcsUserPendingMutationUpdatingGroupMembership,
        /// `mutation_code` is `deferring_group_membership_update`.
        DeferringGroupMembershipUpdate("deferring_group_membership_update") => AcsUserPendingMutationDeferringGroupMembershipUpdate,
        /// `mutation_code` is `updating_credential_assignment`.
        UpdatingCredentialAssignment("updating_credential_assignment") => AcsUserPendingMutationUpdatingCredentialAssignment,
    }
}

#[cfg(any(feature = "api-acs", feature = "api-user-identities"))]
/// A `AcsUserPendingMutation` whose `mutation_code` is `creating`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsUserPendingMutationCreating {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(feature = "api-acs", feature = "api-user-identities"))]
/// A `AcsUserPendingMutation` whose `mutation_code` is `deferring_creation`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsUserPendingMutationDeferringCreation {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `scheduled_at`: a timestamp (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheduled_at: Option<crate::Timestamp>,
}

#[cfg(any(feature = "api-acs", feature = "api-user-identities"))]
/// A `AcsUserPendingMutation` whose `mutation_code` is `deferring_group_membership_update`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsUserPendingMutationDeferringGroupMembershipUpdate {
    /// `acs_access_group_id`: an id (UUID) (always present).
    pub acs_access_group_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `variant`: a [`MembershipUpdateVariant`](crate::resources::MembershipUpdateVariant) (always present).
    pub variant: crate::resources::MembershipUpdateVariant,
}

#[cfg(any(feature = "api-acs", feature = "api-user-identities"))]
/// A `AcsUserPendingMutation` whose `mutation_code` is `deleting`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsUserPendingMutationDeleting {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(feature = "api-acs", feature = "api-user-identities"))]
/// A `AcsUserPendingMutation` whose `mutation_code` is `updating_access_schedule`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsUserPendingMutationUpdatingAccessSchedule {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `from`: a [`AcsUserPendingMutationUpdatingAccessScheduleFrom`](crate::resources::AcsUserPendingMutationUpdatingAccessScheduleFrom) (always present).
    pub from: crate::resources::AcsUserPendingMutationUpdatingAccessScheduleFrom,
    /// `message`: a string (always present).
    pub message: String,
    /// `to`: a [`AcsUserPendingMutationUpdatingAccessScheduleTo`](crate::resources::AcsUserPendingMutationUpdatingAccessScheduleTo) (always present).
    pub to: crate::resources::AcsUserPendingMutationUpdatingAccessScheduleTo,
}

#[cfg(any(feature = "api-acs", feature = "api-user-identities"))]
/// The `acs_user_pending_mutation_updating_access_schedule_from` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsUserPendingMutationUpdatingAccessScheduleFrom {
    /// `ends_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<crate::Timestamp>,
    /// `starts_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<crate::Timestamp>,
}

#[cfg(any(feature = "api-acs", feature = "api-user-identities"))]
/// The `acs_user_pending_mutation_updating_access_schedule_to` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsUserPendingMutationUpdatingAccessScheduleTo {
    /// `ends_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<crate::Timestamp>,
    /// `starts_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<crate::Timestamp>,
}

#[cfg(any(feature = "api-acs", feature = "api-user-identities"))]
/// A `AcsUserPendingMutation` whose `mutation_code` is `updating_credential_assignment`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsUserPendingMutationUpdatingCredentialAssignment {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `from`: a [`AcsUserPendingMutationUpdatingCredentialAssignmentFrom`](crate::resources::AcsUserPendingMutationUpdatingCredentialAssignmentFrom) (always present).
    pub from: crate::resources::AcsUserPendingMutationUpdatingCredentialAssignmentFrom,
    /// `message`: a string (always present).
    pub message: String,
    /// `to`: a [`AcsUserPendingMutationUpdatingCredentialAssignmentTo`](crate::resources::AcsUserPendingMutationUpdatingCredentialAssignmentTo) (always present).
    pub to: crate::resources::AcsUserPendingMutationUpdatingCredentialAssignmentTo,
}

#[cfg(any(feature = "api-acs", feature = "api-user-identities"))]
/// The `acs_user_pending_mutation_updating_credential_assignment_from` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsUserPendingMutationUpdatingCredentialAssignmentFrom {
    /// `acs_credential_id`: an id (UUID) (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acs_credential_id: Option<crate::Uuid>,
}

#[cfg(any(feature = "api-acs", feature = "api-user-identities"))]
/// The `acs_user_pending_mutation_updating_credential_assignment_to` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsUserPendingMutationUpdatingCredentialAssignmentTo {
    /// `acs_credential_id`: an id (UUID) (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acs_credential_id: Option<crate::Uuid>,
}

#[cfg(any(feature = "api-acs", feature = "api-user-identities"))]
/// A `AcsUserPendingMutation` whose `mutation_code` is `updating_group_membership`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsUserPendingMutationUpdatingGroupMembership {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `from`: a [`AcsUserPendingMutationUpdatingGroupMembershipFrom`](crate::resources::AcsUserPendingMutationUpdatingGroupMembershipFrom) (always present).
    pub from: crate::resources::AcsUserPendingMutationUpdatingGroupMembershipFrom,
    /// `message`: a string (always present).
    pub message: String,
    /// `to`: a [`AcsUserPendingMutationUpdatingGroupMembershipTo`](crate::resources::AcsUserPendingMutationUpdatingGroupMembershipTo) (always present).
    pub to: crate::resources::AcsUserPendingMutationUpdatingGroupMembershipTo,
}

#[cfg(any(feature = "api-acs", feature = "api-user-identities"))]
/// The `acs_user_pending_mutation_updating_group_membership_from` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsUserPendingMutationUpdatingGroupMembershipFrom {
    /// `acs_access_group_id`: an id (UUID) (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acs_access_group_id: Option<crate::Uuid>,
}

#[cfg(any(feature = "api-acs", feature = "api-user-identities"))]
/// The `acs_user_pending_mutation_updating_group_membership_to` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsUserPendingMutationUpdatingGroupMembershipTo {
    /// `acs_access_group_id`: an id (UUID) (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acs_access_group_id: Option<crate::Uuid>,
}

#[cfg(any(feature = "api-acs", feature = "api-user-identities"))]
/// A `AcsUserPendingMutation` whose `mutation_code` is `updating_suspension_state`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsUserPendingMutationUpdatingSuspensionState {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `from`: a [`AcsUserPendingMutationUpdatingSuspensionStateFrom`](crate::resources::AcsUserPendingMutationUpdatingSuspensionStateFrom) (always present).
    pub from: crate::resources::AcsUserPendingMutationUpdatingSuspensionStateFrom,
    /// `message`: a string (always present).
    pub message: String,
    /// `to`: a [`AcsUserPendingMutationUpdatingSuspensionStateTo`](crate::resources::AcsUserPendingMutationUpdatingSuspensionStateTo) (always present).
    pub to: crate::resources::AcsUserPendingMutationUpdatingSuspensionStateTo,
}

#[cfg(any(feature = "api-acs", feature = "api-user-identities"))]
/// The `acs_user_pending_mutation_updating_suspension_state_from` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsUserPendingMutationUpdatingSuspensionStateFrom {
    /// `is_suspended`: a boolean (always present).
    pub is_suspended: bool,
}

#[cfg(any(feature = "api-acs", feature = "api-user-identities"))]
/// The `acs_user_pending_mutation_updating_suspension_state_to` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsUserPendingMutationUpdatingSuspensionStateTo {
    /// `is_suspended`: a boolean (always present).
    pub is_suspended: bool,
}

#[cfg(any(feature = "api-acs", feature = "api-user-identities"))]
/// A `AcsUserPendingMutation` whose `mutation_code` is `updating_user_information`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsUserPendingMutationUpdatingUserInformation {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `from`: a [`AcsUserPendingMutationUpdatingUserInformationFrom`](crate::resources::AcsUserPendingMutationUpdatingUserInformationFrom) (always present).
    pub from: crate::resources::AcsUserPendingMutationUpdatingUserInformationFrom,
    /// `message`: a string (always present).
    pub message: String,
    /// `to`: a [`AcsUserPendingMutationUpdatingUserInformationTo`](crate::resources::AcsUserPendingMutationUpdatingUserInformationTo) (always present).
    pub to: crate::resources::AcsUserPendingMutationUpdatingUserInformationTo,
}

#[cfg(any(feature = "api-acs", feature = "api-user-identities"))]
/// The `acs_user_pending_mutation_updating_user_information_from` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsUserPendingMutationUpdatingUserInformationFrom {
    /// `email_address`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// `full_name`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    /// `phone_number`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
}

#[cfg(any(feature = "api-acs", feature = "api-user-identities"))]
/// The `acs_user_pending_mutation_updating_user_information_to` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsUserPendingMutationUpdatingUserInformationTo {
    /// `email_address`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// `full_name`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    /// `phone_number`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
}

#[cfg(any(feature = "api-acs", feature = "api-user-identities"))]
/// The `acs_user_salto_ks_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsUserSaltoKsMetadata {
    /// `is_subscribed`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_subscribed: Option<bool>,
}

#[cfg(any(feature = "api-acs", feature = "api-user-identities"))]
/// The `acs_user_salto_space_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsUserSaltoSpaceMetadata {
    /// `audit_openings`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audit_openings: Option<bool>,
    /// `user_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
}

#[cfg(any(feature = "api-acs", feature = "api-user-identities"))]
seamapi_runtime::tagged_union! {
    /// The `acs_user_warning` object.
    pub enum AcsUserWarning tag "warning_code" message {
        /// `warning_code` is `being_deleted`.
        BeingDeleted("being_deleted") => AcsUserWarningBeingDeleted,
        /// `warning_code` is `salto_ks_user_not_subscribed`.
        SaltoKsUserNotSubscribed("salto_ks_user_not_subscribed") => AcsUserWarningSaltoKsUserNotSubscribed,
        /// `warning_code` is `acs_user_inactive`.
        AcsUserInactive("acs_user_inactive") => AcsUserWarningAcsUserInactive,
        /// `warning_code` is `unknown_issue_with_acs_user`.
        UnknownIssueWithAcsUser("unknown_issue_with_acs_user") => AcsUserWarningUnknownIssueWithAcsUser,
        /// `warning_code` is `latch_resident_user`.
        LatchResidentUser("latch_resident_user") => AcsUserWarningLatchResidentUser,
    }
}

#[cfg(any(feature = "api-acs", feature = "api-user-identities"))]
/// A `AcsUserWarning` whose `warning_code` is `acs_user_inactive`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsUserWarningAcsUserInactive {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(feature = "api-acs", feature = "api-user-identities"))]
/// A `AcsUserWarning` whose `warning_code` is `being_deleted`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsUserWarningBeingDeleted {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(feature = "api-acs", feature = "api-user-identities"))]
/// A `AcsUserWarning` whose `warning_code` is `latch_resident_user`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsUserWarningLatchResidentUser {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(feature = "api-acs", feature = "api-user-identities"))]
/// A `AcsUserWarning` whose `warning_code` is `salto_ks_user_not_subscribed`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsUserWarningSaltoKsUserNotSubscribed {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(feature = "api-acs", feature = "api-user-identities"))]
/// A `AcsUserWarning` whose `warning_code` is `unknown_issue_with_acs_user`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcsUserWarningUnknownIssueWithAcsUser {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-grants")]
/// The `batch` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct Batch {
    /// `access_methods`: a list of [`AccessMethod`](crate::resources::AccessMethod) (may be absent).
    #[serde(default)]
    pub access_methods: Vec<crate::resources::AccessMethod>,
    /// `acs_access_groups`: a list of [`AcsAccessGroup`](crate::resources::AcsAccessGroup) (may be absent).
    #[serde(default)]
    pub acs_access_groups: Vec<crate::resources::AcsAccessGroup>,
    /// `acs_entrances`: a list of [`AcsEntrance`](crate::resources::AcsEntrance) (may be absent).
    #[serde(default)]
    pub acs_entrances: Vec<crate::resources::AcsEntrance>,
    /// `acs_systems`: a list of [`AcsSystem`](crate::resources::AcsSystem) (may be absent).
    #[serde(default)]
    pub acs_systems: Vec<crate::resources::AcsSystem>,
    /// `connected_accounts`: a list of [`ConnectedAccount`](crate::resources::ConnectedAccount) (may be absent).
    #[serde(default)]
    pub connected_accounts: Vec<crate::resources::ConnectedAccount>,
    /// `devices`: a list of [`Device`](crate::resources::Device) (may be absent).
    #[serde(default)]
    pub devices: Vec<crate::resources::Device>,
    /// `spaces`: a list of [`Space`](crate::resources::Space) (may be absent).
    #[serde(default)]
    pub spaces: Vec<crate::resources::Space>,
    /// `user_identities`: a list of [`UserIdentity`](crate::resources::UserIdentity) (may be absent).
    #[serde(default)]
    pub user_identities: Vec<crate::resources::UserIdentity>,
}

#[cfg(feature = "api-access-methods")]
/// The `batch` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct Batch2 {
    /// `access_grants`: a list of [`AccessGrant`](crate::resources::AccessGrant) (may be absent).
    #[serde(default)]
    pub access_grants: Vec<crate::resources::AccessGrant>,
    /// `access_methods`: a list of [`AccessMethod`](crate::resources::AccessMethod) (may be absent).
    #[serde(default)]
    pub access_methods: Vec<crate::resources::AccessMethod>,
    /// `acs_credentials`: a list of [`AcsCredential`](crate::resources::AcsCredential) (may be absent).
    #[serde(default)]
    pub acs_credentials: Vec<crate::resources::AcsCredential>,
    /// `acs_entrances`: a list of [`AcsEntrance`](crate::resources::AcsEntrance) (may be absent).
    #[serde(default)]
    pub acs_entrances: Vec<crate::resources::AcsEntrance>,
    /// `client_sessions`: a list of [`ClientSession`](crate::resources::ClientSession) (may be absent).
    #[serde(default)]
    pub client_sessions: Vec<crate::resources::ClientSession>,
    /// `devices`: a list of [`Device`](crate::resources::Device) (may be absent).
    #[serde(default)]
    pub devices: Vec<crate::resources::Device>,
    /// `instant_keys`: a list of [`InstantKey`](crate::resources::InstantKey) (may be absent).
    #[serde(default)]
    pub instant_keys: Vec<crate::resources::InstantKey>,
    /// `spaces`: a list of [`Space`](crate::resources::Space) (may be absent).
    #[serde(default)]
    pub spaces: Vec<crate::resources::Space>,
}

#[cfg(feature = "api-spaces")]
/// The `batch` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct Batch3 {
    /// `access_methods`: a list of [`AccessMethod`](crate::resources::AccessMethod) (may be absent).
    #[serde(default)]
    pub access_methods: Vec<crate::resources::AccessMethod>,
    /// `acs_entrances`: a list of [`AcsEntrance`](crate::resources::AcsEntrance) (may be absent).
    #[serde(default)]
    pub acs_entrances: Vec<crate::resources::AcsEntrance>,
    /// `acs_systems`: a list of [`AcsSystem`](crate::resources::AcsSystem) (may be absent).
    #[serde(default)]
    pub acs_systems: Vec<crate::resources::AcsSystem>,
    /// `connected_accounts`: a list of [`ConnectedAccount`](crate::resources::ConnectedAccount) (may be absent).
    #[serde(default)]
    pub connected_accounts: Vec<crate::resources::ConnectedAccount>,
    /// `devices`: a list of [`Device`](crate::resources::Device) (may be absent).
    #[serde(default)]
    pub devices: Vec<crate::resources::Device>,
    /// `spaces`: a list of [`Space`](crate::resources::Space) (may be absent).
    #[serde(default)]
    pub spaces: Vec<crate::resources::Space>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-events",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
seamapi_runtime::string_enum! {
    /// The values of `device_properties_battery_status`, `seam_event_device_battery_status_changed_battery_status`, `unmanaged_device_properties_battery_status`.
    pub enum BatteryStatus {
        /// `critical`.
        Critical => "critical",
        /// `low`.
        Low => "low",
        /// `good`.
        Good => "good",
        /// `full`.
        Full => "full",
    }
}

/// The `bridge_client_session` resource.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct BridgeClientSession {
    /// `bridge_client_machine_identifier_key`: a string (always present).
    pub bridge_client_machine_identifier_key: String,
    /// `bridge_client_name`: a string (always present).
    pub bridge_client_name: String,
    /// `bridge_client_session_id`: an id (UUID) (always present).
    pub bridge_client_session_id: crate::Uuid,
    /// `bridge_client_session_token`: a string (always present).
    pub bridge_client_session_token: String,
    /// `bridge_client_time_zone`: a string (always present).
    pub bridge_client_time_zone: String,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `errors`: a list of [`BridgeClientSessionError`](crate::resources::BridgeClientSessionError) (always present).
    #[serde(default)]
    pub errors: Vec<crate::resources::BridgeClientSessionError>,
    /// `pairing_code`: a string (always present).
    pub pairing_code: String,
    /// `pairing_code_expires_at`: a timestamp (always present).
    pub pairing_code_expires_at: crate::Timestamp,
    /// `tailscale_auth_key`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tailscale_auth_key: Option<String>,
    /// `tailscale_hostname`: a string (always present).
    pub tailscale_hostname: String,
    /// `telemetry_token`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub telemetry_token: Option<String>,
    /// `telemetry_token_expires_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub telemetry_token_expires_at: Option<crate::Timestamp>,
    /// `telemetry_url`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub telemetry_url: Option<String>,
}

seamapi_runtime::tagged_union! {
    /// The `bridge_client_session_error` object.
    pub enum BridgeClientSessionError tag "error_code" message {
        /// `error_code` is `bridge_lan_unreachable`.
        BridgeLanUnreachable("bridge_lan_unreachable") => BridgeClientSessionErrorBridgeLanUnreachable,
        /// `error_code` is `no_communication_from_bridge`.
        NoCommunicationFromBridge("no_communication_from_bridge") => BridgeClientSessionErrorNoCommunicationFromBridge,
    }
}

/// A `BridgeClientSessionError` whose `error_code` is `bridge_lan_unreachable`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct BridgeClientSessionErrorBridgeLanUnreachable {
    /// `can_tailscale_proxy_reach_bridge`: a boolean (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_tailscale_proxy_reach_bridge: Option<bool>,
    /// `can_tailscale_proxy_reach_tailscale_network`: a boolean (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_tailscale_proxy_reach_tailscale_network: Option<bool>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_bridge_socks_server_healthy`: a boolean (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_bridge_socks_server_healthy: Option<bool>,
    /// `is_tailscale_proxy_reachable`: a boolean (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_tailscale_proxy_reachable: Option<bool>,
    /// `is_tailscale_proxy_socks_server_healthy`: a boolean (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_tailscale_proxy_socks_server_healthy: Option<bool>,
    /// `message`: a string (always present).
    pub message: String,
}

/// A `BridgeClientSessionError` whose `error_code` is `no_communication_from_bridge`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct BridgeClientSessionErrorNoCommunicationFromBridge {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

/// The `bridge_connected_systems` resource.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct BridgeConnectedSystems {
    /// `acs_system_display_name`: a string (always present).
    pub acs_system_display_name: String,
    /// `acs_system_id`: an id (UUID) (always present).
    pub acs_system_id: crate::Uuid,
    /// `bridge_created_at`: a timestamp (always present).
    pub bridge_created_at: crate::Timestamp,
    /// `bridge_id`: an id (UUID) (always present).
    pub bridge_id: crate::Uuid,
    /// `connected_account_created_at`: a timestamp (always present).
    pub connected_account_created_at: crate::Timestamp,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `workspace_display_name`: a string (always present).
    pub workspace_display_name: String,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-access-codes")]
seamapi_runtime::string_enum! {
    /// The values of `access_code_error_conflicting_external_modification_change_type`, `access_code_warning_external_modification_in_effect_change_type`, `unmanaged_access_code_error_conflicting_external_modification_change_type`, `unmanaged_access_code_warning_external_modification_in_effect_change_type`.
    pub enum ChangeType {
        /// `modified`.
        Modified => "modified",
        /// `removed`.
        Removed => "removed",
    }
}

#[cfg(any(feature = "api-access-methods", feature = "api-client-sessions"))]
/// The `client_session` resource.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct ClientSession {
    /// `client_session_id`: an id (UUID) (always present).
    pub client_session_id: crate::Uuid,
    /// `connect_webview_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub connect_webview_ids: Vec<crate::Uuid>,
    /// `connected_account_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub connected_account_ids: Vec<crate::Uuid>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `device_count`: a number (always present).
    pub device_count: f64,
    /// `expires_at`: a timestamp (always present).
    pub expires_at: crate::Timestamp,
    /// `token`: a string (always present).
    pub token: String,
    /// `user_identifier_key`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_identifier_key: Option<String>,
    /// `user_identity_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_identity_id: Option<crate::Uuid>,
    /// `user_identity_ids`: a list of id (UUID) (always present).
    #[deprecated(note = "Seam: Use `user_identity_id` instead.")]
    #[serde(default)]
    pub user_identity_ids: Vec<crate::Uuid>,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
seamapi_runtime::string_enum! {
    /// The values of `device_properties_available_climate_preset_climate_preset_mode`, `device_properties_available_climate_preset_mode`, `device_properties_current_climate_setting_climate_preset_mode`, `device_properties_default_climate_setting_climate_preset_mode`, `create_climate_preset_climate_preset_mode`, `update_climate_preset_climate_preset_mode`.
    pub enum ClimatePresetMode {
        /// `home`.
        Home => "home",
        /// `away`.
        Away => "away",
        /// `wake`.
        Wake => "wake",
        /// `sleep`.
        Sleep => "sleep",
        /// `occupied`.
        Occupied => "occupied",
        /// `unoccupied`.
        Unoccupied => "unoccupied",
    }
}

#[cfg(feature = "api-connect-webviews")]
/// The `connect_webview` resource.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct ConnectWebview {
    /// `accepted_capabilities`: a list of [`AcceptedCapability`](crate::resources::AcceptedCapability) (always present).
    #[serde(default)]
    pub accepted_capabilities: Vec<crate::resources::AcceptedCapability>,
    /// `accepted_devices`: a list of string (always present).
    #[deprecated(note = "Seam: Unused. Will be removed.")]
    #[serde(default)]
    pub accepted_devices: Vec<String>,
    /// `accepted_providers`: a list of string (always present).
    #[serde(default)]
    pub accepted_providers: Vec<String>,
    /// `any_device_allowed`: a boolean (always present).
    #[deprecated(note = "Seam: Unused. Will be removed.")]
    pub any_device_allowed: bool,
    /// `any_provider_allowed`: a boolean (always present).
    pub any_provider_allowed: bool,
    /// `authorized_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorized_at: Option<crate::Timestamp>,
    /// `automatically_manage_new_devices`: a boolean (always present).
    pub automatically_manage_new_devices: bool,
    /// `connect_webview_id`: an id (UUID) (always present).
    pub connect_webview_id: crate::Uuid,
    /// `connected_account_id`: an id (UUID) (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connected_account_id: Option<crate::Uuid>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `custom_metadata`: an object of named values (always present).
    #[serde(default)]
    pub custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `custom_redirect_failure_url`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_redirect_failure_url: Option<String>,
    /// `custom_redirect_url`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_redirect_url: Option<String>,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `device_selection_mode`: a [`ConnectWebviewDeviceSelectionMode`](crate::resources::ConnectWebviewDeviceSelectionMode) (always present).
    pub device_selection_mode: crate::resources::ConnectWebviewDeviceSelectionMode,
    /// `login_successful`: a boolean (always present).
    pub login_successful: bool,
    /// `selected_provider`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selected_provider: Option<String>,
    /// `status`: a [`ConnectWebviewStatus`](crate::resources::ConnectWebviewStatus) (always present).
    pub status: crate::resources::ConnectWebviewStatus,
    /// `url`: a string (always present).
    pub url: String,
    /// `wait_for_device_creation`: a boolean (always present).
    pub wait_for_device_creation: bool,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-connect-webviews")]
seamapi_runtime::string_enum! {
    /// The values of `create_connect_webview_device_selection_mode`, `connect_webview_device_selection_mode`.
    pub enum ConnectWebviewDeviceSelectionMode {
        /// `none`.
        None => "none",
        /// `single`.
        Single => "single",
        /// `multiple`.
        Multiple => "multiple",
    }
}

#[cfg(feature = "api-connect-webviews")]
seamapi_runtime::string_enum! {
    /// The values of `connect_webview_status`.
    pub enum ConnectWebviewStatus {
        /// `pending`.
        Pending => "pending",
        /// `failed`.
        Failed => "failed",
        /// `authorized`.
        Authorized => "authorized",
    }
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-connected-accounts",
    feature = "api-spaces"
))]
/// The `connected_account` resource.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct ConnectedAccount {
    /// `accepted_capabilities`: a list of [`AcceptedCapability`](crate::resources::AcceptedCapability) (always present).
    #[serde(default)]
    pub accepted_capabilities: Vec<crate::resources::AcceptedCapability>,
    /// `account_type`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_type: Option<String>,
    /// `account_type_display_name`: a string (always present).
    pub account_type_display_name: String,
    /// `automatically_manage_new_devices`: a boolean (always present).
    pub automatically_manage_new_devices: bool,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// `custom_metadata`: an object of named values (always present).
    #[serde(default)]
    pub custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `default_checkin_time`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_checkin_time: Option<String>,
    /// `default_checkout_time`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_checkout_time: Option<String>,
    /// `display_name`: a string (always present).
    pub display_name: String,
    /// `errors`: a list of [`ConnectedAccountError`](crate::resources::ConnectedAccountError) (always present).
    #[serde(default)]
    pub errors: Vec<crate::resources::ConnectedAccountError>,
    /// `ical_feed_origin`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ical_feed_origin: Option<String>,
    /// `ical_url`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ical_url: Option<String>,
    /// `image_url`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    /// `time_zone`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
    /// `user_identifier`: a [`ConnectedAccountUserIdentifier`](crate::resources::ConnectedAccountUserIdentifier) (may be absent).
    #[deprecated(note = "Seam: Use `display_name` instead.")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_identifier: Option<crate::resources::ConnectedAccountUserIdentifier>,
    /// `warnings`: a list of [`ConnectedAccountWarning`](crate::resources::ConnectedAccountWarning) (always present).
    #[serde(default)]
    pub warnings: Vec<crate::resources::ConnectedAccountWarning>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-connected-accounts",
    feature = "api-spaces"
))]
seamapi_runtime::tagged_union! {
    /// The `connected_account_error` object.
    pub enum ConnectedAccountError tag "error_code" message {
        /// `error_code` is `account_disconnected`.
        AccountDisconnected("account_disconnected") => ConnectedAccountErrorAccountDisconnected,
        /// `error_code` is `bridge_disconnected`.
        BridgeDisconnected("bridge_disconnected") => ConnectedAccountErrorBridgeDisconnected,
        /// `error_code` is `salto_ks_subscription_limit_exceeded`.
        SaltoKsSubscriptionLimitExceeded("salto_ks_subscription_limit_exceeded") => ConnectedAccountErrorSaltoKsSubscriptionLimitExceeded,
        /// `error_code` is `dormakaba_sites_disconnected`.
        DormakabaSitesDisconnected("dormakaba_sites_disconnected") => ConnectedAccountErrorDormakabaSitesDisconnected,
    }
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-connected-accounts",
    feature = "api-spaces"
))]
/// A `ConnectedAccountError` whose `error_code` is `account_disconnected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct ConnectedAccountErrorAccountDisconnected {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_bridge_error`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_bridge_error: Option<bool>,
    /// `is_connected_account_error`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_connected_account_error: Option<bool>,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-connected-accounts",
    feature = "api-spaces"
))]
/// A `ConnectedAccountError` whose `error_code` is `bridge_disconnected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct ConnectedAccountErrorBridgeDisconnected {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_bridge_error`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_bridge_error: Option<bool>,
    /// `is_connected_account_error`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_connected_account_error: Option<bool>,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-connected-accounts",
    feature = "api-spaces"
))]
/// A `ConnectedAccountError` whose `error_code` is `dormakaba_sites_disconnected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct ConnectedAccountErrorDormakabaSitesDisconnected {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_bridge_error`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_bridge_error: Option<bool>,
    /// `is_connected_account_error`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_connected_account_error: Option<bool>,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-connected-accounts",
    feature = "api-spaces"
))]
/// A `ConnectedAccountError` whose `error_code` is `salto_ks_subscription_limit_exceeded`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct ConnectedAccountErrorSaltoKsSubscriptionLimitExceeded {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_bridge_error`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_bridge_error: Option<bool>,
    /// `is_connected_account_error`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_connected_account_error: Option<bool>,
    /// `message`: a string (always present).
    pub message: String,
    /// `salto_ks_metadata`: a [`ConnectedAccountErrorSaltoKsSubscriptionLimitExceededSaltoKsMetadata`](crate::resources::ConnectedAccountErrorSaltoKsSubscriptionLimitExceededSaltoKsMetadata) (always present).
    pub salto_ks_metadata:
        crate::resources::ConnectedAccountErrorSaltoKsSubscriptionLimitExceededSaltoKsMetadata,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-connected-accounts",
    feature = "api-spaces"
))]
/// The `connected_account_error_salto_ks_subscription_limit_exceeded_salto_ks_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct ConnectedAccountErrorSaltoKsSubscriptionLimitExceededSaltoKsMetadata {
    /// `sites`: a list of [`ConnectedAccountErrorSaltoKsSubscriptionLimitExceededSaltoKsMetadataSite`](crate::resources::ConnectedAccountErrorSaltoKsSubscriptionLimitExceededSaltoKsMetadataSite) (may be absent).
    #[serde(default)]
    pub sites: Vec<
        crate::resources::ConnectedAccountErrorSaltoKsSubscriptionLimitExceededSaltoKsMetadataSite,
    >,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-connected-accounts",
    feature = "api-spaces"
))]
/// The `connected_account_error_salto_ks_subscription_limit_exceeded_salto_ks_metadata_site` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct ConnectedAccountErrorSaltoKsSubscriptionLimitExceededSaltoKsMetadataSite {
    /// `site_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_id: Option<String>,
    /// `site_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_name: Option<String>,
    /// `site_user_subscription_limit`: an integer (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_user_subscription_limit: Option<i64>,
    /// `subscribed_site_user_count`: an integer (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscribed_site_user_count: Option<i64>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-connected-accounts",
    feature = "api-spaces"
))]
/// The `connected_account_user_identifier` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct ConnectedAccountUserIdentifier {
    /// `api_url`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_url: Option<String>,
    /// `email`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `exclusive`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclusive: Option<bool>,
    /// `phone`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// `username`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-connected-accounts",
    feature = "api-spaces"
))]
seamapi_runtime::tagged_union! {
    /// The `connected_account_warning` object.
    pub enum ConnectedAccountWarning tag "warning_code" message {
        /// `warning_code` is `scheduled_maintenance_window`.
        ScheduledMaintenanceWindow("scheduled_maintenance_window") => ConnectedAccountWarningScheduledMaintenanceWindow,
        /// `warning_code` is `unknown_issue_with_connected_account`.
        UnknownIssueWithConnectedAccount("unknown_issue_with_connected_account") => ConnectedAccountWarningUnknownIssueWithConnectedAccount,
        /// `warning_code` is `salto_ks_subscription_limit_almost_reached`.
        SaltoKsSubscriptionLimitAlmostReached("salto_ks_subscription_limit_almost_reached") => ConnectedAccountWarningSaltoKsSubscriptionLimitAlmostReached,
        /// `warning_code` is `account_reauthorization_requested`.
        AccountReauthorizationRequested("account_reauthorization_requested") => ConnectedAccountWarningAccountReauthorizationRequested,
        /// `warning_code` is `being_deleted`.
        BeingDeleted("being_deleted") => ConnectedAccountWarningBeingDeleted,
        /// `warning_code` is `provider_service_unavailable`.
        ProviderServiceUnavailable("provider_service_unavailable") => ConnectedAccountWarningProviderServiceUnavailable,
        /// `warning_code` is `setup_required`.
        SetupRequired("setup_required") => ConnectedAccountWarningSetupRequired,
        /// `warning_code` is `dormakaba_sites_unapproved`.
        DormakabaSitesUnapproved("dormakaba_sites_unapproved") => ConnectedAccountWarningDormakabaSitesUnapproved,
    }
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-connected-accounts",
    feature = "api-spaces"
))]
/// A `ConnectedAccountWarning` whose `warning_code` is `account_reauthorization_requested`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct ConnectedAccountWarningAccountReauthorizationRequested {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-connected-accounts",
    feature = "api-spaces"
))]
/// A `ConnectedAccountWarning` whose `warning_code` is `being_deleted`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct ConnectedAccountWarningBeingDeleted {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-connected-accounts",
    feature = "api-spaces"
))]
/// A `ConnectedAccountWarning` whose `warning_code` is `dormakaba_sites_unapproved`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct ConnectedAccountWarningDormakabaSitesUnapproved {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-connected-accounts",
    feature = "api-spaces"
))]
/// A `ConnectedAccountWarning` whose `warning_code` is `provider_service_unavailable`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct ConnectedAccountWarningProviderServiceUnavailable {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-connected-accounts",
    feature = "api-spaces"
))]
/// A `ConnectedAccountWarning` whose `warning_code` is `salto_ks_subscription_limit_almost_reached`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct ConnectedAccountWarningSaltoKsSubscriptionLimitAlmostReached {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `salto_ks_metadata`: a [`ConnectedAccountWarningSaltoKsSubscriptionLimitAlmostReachedSaltoKsMetadata`](crate::resources::ConnectedAccountWarningSaltoKsSubscriptionLimitAlmostReachedSaltoKsMetadata) (always present).
    pub salto_ks_metadata: crate::resources::ConnectedAccountWarningSaltoKsSubscriptionLimitAlmostReachedSaltoKsMetadata,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-connected-accounts",
    feature = "api-spaces"
))]
/// The `connected_account_warning_salto_ks_subscription_limit_almost_reached_salto_ks_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct ConnectedAccountWarningSaltoKsSubscriptionLimitAlmostReachedSaltoKsMetadata {
    /// `sites`: a list of [`ConnectedAccountWarningSaltoKsSubscriptionLimitAlmostReachedSaltoKsMetadataSite`](crate::resources::ConnectedAccountWarningSaltoKsSubscriptionLimitAlmostReachedSaltoKsMetadataSite) (may be absent).
    #[serde(default)]
    pub sites: Vec<crate::resources::ConnectedAccountWarningSaltoKsSubscriptionLimitAlmostReachedSaltoKsMetadataSite>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-connected-accounts",
    feature = "api-spaces"
))]
/// The `connected_account_warning_salto_ks_subscription_limit_almost_reached_salto_ks_metadata_site` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct ConnectedAccountWarningSaltoKsSubscriptionLimitAlmostReachedSaltoKsMetadataSite {
    /// `site_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_id: Option<String>,
    /// `site_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_name: Option<String>,
    /// `site_user_subscription_limit`: an integer (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_user_subscription_limit: Option<i64>,
    /// `subscribed_site_user_count`: an integer (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscribed_site_user_count: Option<i64>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-connected-accounts",
    feature = "api-spaces"
))]
/// A `ConnectedAccountWarning` whose `warning_code` is `scheduled_maintenance_window`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct ConnectedAccountWarningScheduledMaintenanceWindow {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-connected-accounts",
    feature = "api-spaces"
))]
/// A `ConnectedAccountWarning` whose `warning_code` is `setup_required`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct ConnectedAccountWarningSetupRequired {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-connected-accounts",
    feature = "api-spaces"
))]
/// A `ConnectedAccountWarning` whose `warning_code` is `unknown_issue_with_connected_account`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct ConnectedAccountWarningUnknownIssueWithConnectedAccount {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

/// The `customer` resource.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct Customer {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (always present).
    pub customer_key: String,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-customers")]
/// The `customer_portal` resource.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct CustomerPortal {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (always present).
    pub customer_key: String,
    /// `expires_at`: a timestamp (always present).
    pub expires_at: crate::Timestamp,
    /// `url`: a string (always present).
    pub url: String,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

/// The `customization_profile` resource.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct CustomizationProfile {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_portal_theme`: a [`CustomizationProfileCustomerPortalTheme`](crate::resources::CustomizationProfileCustomerPortalTheme) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_portal_theme: Option<crate::resources::CustomizationProfileCustomerPortalTheme>,
    /// `customization_profile_id`: an id (UUID) (always present).
    pub customization_profile_id: crate::Uuid,
    /// `logo_url`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
    /// `message_overrides`: an object of named values (may be absent).
    #[serde(default)]
    pub message_overrides: ::serde_json::Map<String, ::serde_json::Value>,
    /// `name`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `primary_color`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_color: Option<String>,
    /// `secondary_color`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secondary_color: Option<String>,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

/// The `customization_profile_customer_portal_theme` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct CustomizationProfileCustomerPortalTheme {
    /// `font_family`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub font_family: Option<String>,
    /// `mono_font_family`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mono_font_family: Option<String>,
    /// `primary_color`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_color: Option<String>,
    /// `primary_foreground_color`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_foreground_color: Option<String>,
    /// `secondary_color`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secondary_color: Option<String>,
    /// `secondary_foreground_color`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secondary_foreground_color: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device` resource.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct Device {
    /// `can_configure_auto_lock`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_configure_auto_lock: Option<bool>,
    /// `can_hvac_cool`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_hvac_cool: Option<bool>,
    /// `can_hvac_heat`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_hvac_heat: Option<bool>,
    /// `can_hvac_heat_cool`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_hvac_heat_cool: Option<bool>,
    /// `can_program_offline_access_codes`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_program_offline_access_codes: Option<bool>,
    /// `can_program_online_access_codes`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_program_online_access_codes: Option<bool>,
    /// `can_program_thermostat_programs_as_different_each_day`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_program_thermostat_programs_as_different_each_day: Option<bool>,
    /// `can_program_thermostat_programs_as_same_each_day`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_program_thermostat_programs_as_same_each_day: Option<bool>,
    /// `can_program_thermostat_programs_as_weekday_weekend`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_program_thermostat_programs_as_weekday_weekend: Option<bool>,
    /// `can_remotely_lock`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_remotely_lock: Option<bool>,
    /// `can_remotely_unlock`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_remotely_unlock: Option<bool>,
    /// `can_run_thermostat_programs`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_run_thermostat_programs: Option<bool>,
    /// `can_simulate_connection`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_simulate_connection: Option<bool>,
    /// `can_simulate_disconnection`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_simulate_disconnection: Option<bool>,
    /// `can_simulate_hub_connection`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_simulate_hub_connection: Option<bool>,
    /// `can_simulate_hub_disconnection`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_simulate_hub_disconnection: Option<bool>,
    /// `can_simulate_paid_subscription`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_simulate_paid_subscription: Option<bool>,
    /// `can_simulate_removal`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_simulate_removal: Option<bool>,
    /// `can_turn_off_hvac`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_turn_off_hvac: Option<bool>,
    /// `can_unlock_with_code`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_unlock_with_code: Option<bool>,
    /// `capabilities_supported`: a list of [`DeviceCapabilitiesSupported`](crate::resources::DeviceCapabilitiesSupported) (always present).
    #[serde(default)]
    pub capabilities_supported: Vec<crate::resources::DeviceCapabilitiesSupported>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `custom_metadata`: an object of named values (always present).
    #[serde(default)]
    pub custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `device_manufacturer`: a [`DeviceDeviceManufacturer`](crate::resources::DeviceDeviceManufacturer) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_manufacturer: Option<crate::resources::DeviceDeviceManufacturer>,
    /// `device_provider`: a [`DeviceDeviceProvider`](crate::resources::DeviceDeviceProvider) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_provider: Option<crate::resources::DeviceDeviceProvider>,
    /// `device_type`: a [`DeviceType`](crate::resources::DeviceType) (always present).
    pub device_type: crate::resources::DeviceType,
    /// `display_name`: a string (always present).
    pub display_name: String,
    /// `errors`: a list of [`DeviceError`](crate::resources::DeviceError) (always present).
    #[serde(default)]
    pub errors: Vec<crate::resources::DeviceError>,
    /// `is_managed`: a boolean (always present).
    pub is_managed: bool,
    /// `location`: a [`DeviceLocation`](crate::resources::DeviceLocation) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<crate::resources::DeviceLocation>,
    /// `nickname`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    /// `properties`: a [`DeviceProperties`](crate::resources::DeviceProperties) (always present).
    pub properties: crate::resources::DeviceProperties,
    /// `space_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub space_ids: Vec<crate::Uuid>,
    /// `warnings`: a list of [`DeviceWarning`](crate::resources::DeviceWarning) (always present).
    #[serde(default)]
    pub warnings: Vec<crate::resources::DeviceWarning>,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
seamapi_runtime::string_enum! {
    /// The values of `device_capabilities_supported`, `unmanaged_device_capabilities_supported`.
    pub enum DeviceCapabilitiesSupported {
        /// `access_code`.
        AccessCode => "access_code",
        /// `lock`.
        Lock => "lock",
        /// `noise_detection`.
        NoiseDetection => "noise_detection",
        /// `thermostat`.
        Thermostat => "thermostat",
        /// `battery`.
        Battery => "battery",
        /// `phone`.
        Phone => "phone",
    }
}

#[cfg(any(
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-thermostats"
))]
seamapi_runtime::string_enum! {
    /// The values of `list_devices_exclude_if`, `list_devices_include_if`, `list_unmanaged_devices_exclude_if`, `list_unmanaged_devices_include_if`, `list_locks_exclude_if`, `list_locks_include_if`, `list_noise_sensors_exclude_if`, `list_noise_sensors_include_if`, `list_thermostats_exclude_if`, `list_thermostats_include_if`.
    pub enum DeviceCapabilityFlag {
        /// `can_remotely_unlock`.
        CanRemotelyUnlock => "can_remotely_unlock",
        /// `can_remotely_lock`.
        CanRemotelyLock => "can_remotely_lock",
        /// `can_program_offline_access_codes`.
        CanProgramOfflineAccessCodes => "can_program_offline_access_codes",
        /// `can_program_online_access_codes`.
        CanProgramOnlineAccessCodes => "can_program_online_access_codes",
        /// `can_hvac_heat`.
        CanHvacHeat => "can_hvac_heat",
        /// `can_hvac_cool`.
        CanHvacCool => "can_hvac_cool",
        /// `can_hvac_heat_cool`.
        CanHvacHeatCool => "can_hvac_heat_cool",
        /// `can_turn_off_hvac`.
        CanTurnOffHvac => "can_turn_off_hvac",
        /// `can_simulate_removal`.
        CanSimulateRemoval => "can_simulate_removal",
        /// `can_simulate_connection`.
        CanSimulateConnection => "can_simulate_connection",
        /// `can_simulate_disconnection`.
        CanSimulateDisconnection => "can_simulate_disconnection",
        /// `can_unlock_with_code`.
        CanUnlockWithCode => "can_unlock_with_code",
        /// `can_run_thermostat_programs`.
        CanRunThermostatPrograms => "can_run_thermostat_programs",
        /// `can_program_thermostat_programs_as_weekday_weekend`.
        CanProgramThermostatProgramsAsWeekdayWeekend => "can_program_thermostat_programs_as_weekday_weekend",
        /// `can_program_thermostat_programs_as_different_each_day`.
        CanProgramThermostatProgramsAsDifferentEachDay => "can_program_thermostat_programs_as_different_each_day",
        /// `can_program_thermostat_programs_as_same_each_day`.
        CanProgramThermostatProgramsAsSameEachDay => "can_program_thermostat_programs_as_same_each_day",
        /// `can_simulate_hub_connection`.
        CanSimulateHubConnection => "can_simulate_hub_connection",
        /// `can_simulate_hub_disconnection`.
        CanSimulateHubDisconnection => "can_simulate_hub_disconnection",
        /// `can_simulate_paid_subscription`.
        CanSimulatePaidSubscription => "can_simulate_paid_subscription",
        /// `can_configure_auto_lock`.
        CanConfigureAutoLock => "can_configure_auto_lock",
    }
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_device_manufacturer` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceDeviceManufacturer {
    /// `display_name`: a string (always present).
    pub display_name: String,
    /// `image_url`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    /// `manufacturer`: a string (always present).
    pub manufacturer: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_device_provider` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceDeviceProvider {
    /// `device_provider_name`: a string (always present).
    pub device_provider_name: String,
    /// `display_name`: a string (always present).
    pub display_name: String,
    /// `image_url`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    /// `provider_category`: a string (always present).
    pub provider_category: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
seamapi_runtime::tagged_union! {
    /// The `device_error` object.
    pub enum DeviceError tag "error_code" message {
        /// `error_code` is `account_disconnected`.
        AccountDisconnected("account_disconnected") => DeviceErrorAccountDisconnected,
        /// `error_code` is `salto_ks_subscription_limit_exceeded`.
        SaltoKsSubscriptionLimitExceeded("salto_ks_subscription_limit_exceeded") => DeviceErrorSaltoKsSubscriptionLimitExceeded,
        /// `error_code` is `dormakaba_sites_disconnected`.
        DormakabaSitesDisconnected("dormakaba_sites_disconnected") => DeviceErrorDormakabaSitesDisconnected,
        /// `error_code` is `device_offline`.
        DeviceOffline("device_offline") => DeviceErrorDeviceOffline,
        /// `error_code` is `device_removed`.
        DeviceRemoved("device_removed") => DeviceErrorDeviceRemoved,
        /// `error_code` is `hub_disconnected`.
        HubDisconnected("hub_disconnected") => DeviceErrorHubDisconnected,
        /// `error_code` is `device_disconnected`.
        DeviceDisconnected("device_disconnected") => DeviceErrorDeviceDisconnected,
        /// `error_code` is `empty_backup_access_code_pool`.
        EmptyBackupAccessCodePool("empty_backup_access_code_pool") => DeviceErrorEmptyBackupAccessCodePool,
        /// `error_code` is `august_lock_not_authorized`.
        AugustLockNotAuthorized("august_lock_not_authorized") => DeviceErrorAugustLockNotAuthorized,
        /// `error_code` is `missing_device_credentials`.
        MissingDeviceCredentials("missing_device_credentials") => DeviceErrorMissingDeviceCredentials,
        /// `error_code` is `auxiliary_heat_running`.
        AuxiliaryHeatRunning("auxiliary_heat_running") => DeviceErrorAuxiliaryHeatRunning,
        /// `error_code` is `subscription_required`.
        SubscriptionRequired("subscription_required") => DeviceErrorSubscriptionRequired,
        /// `error_code` is `bridge_disconnected`.
        BridgeDisconnected("bridge_disconnected") => DeviceErrorBridgeDisconnected,
    }
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceError` whose `error_code` is `account_disconnected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceErrorAccountDisconnected {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_connected_account_error`: a boolean (always present).
    pub is_connected_account_error: bool,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceError` whose `error_code` is `august_lock_not_authorized`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceErrorAugustLockNotAuthorized {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceError` whose `error_code` is `auxiliary_heat_running`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceErrorAuxiliaryHeatRunning {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceError` whose `error_code` is `bridge_disconnected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceErrorBridgeDisconnected {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_bridge_error`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_bridge_error: Option<bool>,
    /// `is_connected_account_error`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_connected_account_error: Option<bool>,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceError` whose `error_code` is `device_disconnected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceErrorDeviceDisconnected {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceError` whose `error_code` is `device_offline`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceErrorDeviceOffline {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceError` whose `error_code` is `device_removed`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceErrorDeviceRemoved {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceError` whose `error_code` is `dormakaba_sites_disconnected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceErrorDormakabaSitesDisconnected {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_connected_account_error`: a boolean (always present).
    pub is_connected_account_error: bool,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceError` whose `error_code` is `empty_backup_access_code_pool`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceErrorEmptyBackupAccessCodePool {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceError` whose `error_code` is `hub_disconnected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceErrorHubDisconnected {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceError` whose `error_code` is `missing_device_credentials`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceErrorMissingDeviceCredentials {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceError` whose `error_code` is `salto_ks_subscription_limit_exceeded`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceErrorSaltoKsSubscriptionLimitExceeded {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_connected_account_error`: a boolean (always present).
    pub is_connected_account_error: bool,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceError` whose `error_code` is `subscription_required`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceErrorSubscriptionRequired {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_location` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceLocation {
    /// `location_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_name: Option<String>,
    /// `time_zone`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
    /// `timezone`: a string (may be absent).
    #[deprecated(note = "Seam: Use `time_zone` instead.")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
}

#[cfg(feature = "api-devices")]
seamapi_runtime::string_enum! {
    /// The values of `list_devices_manufacturer`, `list_unmanaged_devices_manufacturer`.
    pub enum DeviceManufacturer {
        /// `akuvox`.
        Akuvox => "akuvox",
        /// `august`.
        August => "august",
        /// `avigilon_alta`.
        AvigilonAlta => "avigilon_alta",
        /// `brivo`.
        Brivo => "brivo",
        /// `butterflymx`.
        Butterflymx => "butterflymx",
        /// `doorking`.
        Doorking => "doorking",
        /// `four_suites`.
        FourSuites => "four_suites",
        /// `genie`.
        Genie => "genie",
        /// `igloo`.
        Igloo => "igloo",
        /// `keywe`.
        Keywe => "keywe",
        /// `kwikset`.
        Kwikset => "kwikset",
        /// `linear`.
        Linear => "linear",
        /// `lockly`.
        Lockly => "lockly",
        /// `nuki`.
        Nuki => "nuki",
        /// `philia`.
        Philia => "philia",
        /// `salto`.
        Salto => "salto",
        /// `samsung`.
        Samsung => "samsung",
        /// `schlage`.
        Schlage => "schlage",
        /// `seam`.
        Seam => "seam",
        /// `unknown`.
        Unknown => "unknown",
        /// `wyze`.
        Wyze => "wyze",
        /// `yale`.
        Yale => "yale",
        /// `two_n`.
        TwoN => "two_n",
        /// `ttlock`.
        Ttlock => "ttlock",
        /// `igloohome`.
        Igloohome => "igloohome",
        /// `controlbyweb`.
        Controlbyweb => "controlbyweb",
        /// `dormakaba_oracode`.
        DormakabaOracode => "dormakaba_oracode",
        /// `tedee`.
        Tedee => "tedee",
        /// `keyincode`.
        Keyincode => "keyincode",
        /// `akiles`.
        Akiles => "akiles",
        /// `ecobee`.
        Ecobee => "ecobee",
        /// `honeywell_resideo`.
        HoneywellResideo => "honeywell_resideo",
        /// `keynest`.
        Keynest => "keynest",
        /// `korelock`.
        Korelock => "korelock",
        /// `minut`.
        Minut => "minut",
        /// `nest`.
        Nest => "nest",
        /// `noiseaware`.
        Noiseaware => "noiseaware",
        /// `sensi`.
        Sensi => "sensi",
        /// `smartthings`.
        Smartthings => "smartthings",
        /// `tado`.
        Tado => "tado",
        /// `ultraloq`.
        Ultraloq => "ultraloq",
        /// `ring`.
        Ring => "ring",
        /// `ical`.
        Ical => "ical",
        /// `lodgify`.
        Lodgify => "lodgify",
        /// `hostaway`.
        Hostaway => "hostaway",
        /// `guesty`.
        Guesty => "guesty",
        /// `acuity_scheduling`.
        AcuityScheduling => "acuity_scheduling",
        /// `omnitec`.
        Omnitec => "omnitec",
        /// `kisi`.
        Kisi => "kisi",
        /// `slack`.
        Slack => "slack",
    }
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceProperties {
    /// `accessory_keypad`: a [`DevicePropertiesAccessoryKeypad`](crate::resources::DevicePropertiesAccessoryKeypad) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accessory_keypad: Option<crate::resources::DevicePropertiesAccessoryKeypad>,
    /// `appearance`: a [`DevicePropertiesAppearance`](crate::resources::DevicePropertiesAppearance) (always present).
    pub appearance: crate::resources::DevicePropertiesAppearance,
    /// `battery`: a [`DevicePropertiesBattery`](crate::resources::DevicePropertiesBattery) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub battery: Option<crate::resources::DevicePropertiesBattery>,
    /// `battery_level`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub battery_level: Option<f64>,
    /// `currently_triggering_noise_threshold_ids`: a list of string (may be absent).
    #[serde(default)]
    pub currently_triggering_noise_threshold_ids: Vec<String>,
    /// `has_direct_power`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_direct_power: Option<bool>,
    /// `image_alt_text`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_alt_text: Option<String>,
    /// `image_url`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    /// `manufacturer`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manufacturer: Option<String>,
    /// `model`: a [`DevicePropertiesModel`](crate::resources::DevicePropertiesModel) (always present).
    pub model: crate::resources::DevicePropertiesModel,
    /// `name`: a string (always present).
    #[deprecated(note = "Seam: use device.display_name instead")]
    pub name: String,
    /// `noise_level_decibels`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub noise_level_decibels: Option<f64>,
    /// `offline_access_codes_enabled`: a boolean (may be absent).
    #[deprecated(note = "Seam: use device.can_program_offline_access_codes")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offline_access_codes_enabled: Option<bool>,
    /// `online`: a boolean (always present).
    pub online: bool,
    /// `online_access_codes_enabled`: a boolean (may be absent).
    #[deprecated(note = "Seam: use device.can_program_online_access_codes")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub online_access_codes_enabled: Option<bool>,
    /// `serial_number`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub serial_number: Option<String>,
    /// `supports_accessory_keypad`: a boolean (may be absent).
    #[deprecated(note = "Seam: use device.properties.model.can_connect_accessory_keypad")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supports_accessory_keypad: Option<bool>,
    /// `supports_offline_access_codes`: a boolean (may be absent).
    #[deprecated(note = "Seam: use offline_access_codes_enabled")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supports_offline_access_codes: Option<bool>,
    /// `assa_abloy_credential_service_metadata`: a [`DevicePropertiesAssaAbloyCredentialServiceMetadata`](crate::resources::DevicePropertiesAssaAbloyCredentialServiceMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assa_abloy_credential_service_metadata:
        Option<crate::resources::DevicePropertiesAssaAbloyCredentialServiceMetadata>,
    /// `salto_space_credential_service_metadata`: a [`DevicePropertiesSaltoSpaceCredentialServiceMetadata`](crate::resources::DevicePropertiesSaltoSpaceCredentialServiceMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salto_space_credential_service_metadata:
        Option<crate::resources::DevicePropertiesSaltoSpaceCredentialServiceMetadata>,
    /// `akiles_metadata`: a [`DevicePropertiesAkilesMetadata`](crate::resources::DevicePropertiesAkilesMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub akiles_metadata: Option<crate::resources::DevicePropertiesAkilesMetadata>,
    /// `assa_abloy_vostio_metadata`: a [`DevicePropertiesAssaAbloyVostioMetadata`](crate::resources::DevicePropertiesAssaAbloyVostioMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assa_abloy_vostio_metadata:
        Option<crate::resources::DevicePropertiesAssaAbloyVostioMetadata>,
    /// `august_metadata`: a [`DevicePropertiesAugustMetadata`](crate::resources::DevicePropertiesAugustMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub august_metadata: Option<crate::resources::DevicePropertiesAugustMetadata>,
    /// `avigilon_alta_metadata`: a [`DevicePropertiesAvigilonAltaMetadata`](crate::resources::DevicePropertiesAvigilonAltaMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avigilon_alta_metadata: Option<crate::resources::DevicePropertiesAvigilonAltaMetadata>,
    /// `brivo_metadata`: a [`DevicePropertiesBrivoMetadata`](crate::resources::DevicePropertiesBrivoMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brivo_metadata: Option<crate::resources::DevicePropertiesBrivoMetadata>,
    /// `controlbyweb_metadata`: a [`DevicePropertiesControlbywebMetadata`](crate::resources::DevicePropertiesControlbywebMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub controlbyweb_metadata: Option<crate::resources::DevicePropertiesControlbywebMetadata>,
    /// `dormakaba_oracode_metadata`: a [`DevicePropertiesDormakabaOracodeMetadata`](crate::resources::DevicePropertiesDormakabaOracodeMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dormakaba_oracode_metadata:
        Option<crate::resources::DevicePropertiesDormakabaOracodeMetadata>,
    /// `ecobee_metadata`: a [`DevicePropertiesEcobeeMetadata`](crate::resources::DevicePropertiesEcobeeMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ecobee_metadata: Option<crate::resources::DevicePropertiesEcobeeMetadata>,
    /// `four_suites_metadata`: a [`DevicePropertiesFourSuitesMetadata`](crate::resources::DevicePropertiesFourSuitesMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub four_suites_metadata: Option<crate::resources::DevicePropertiesFourSuitesMetadata>,
    /// `genie_metadata`: a [`DevicePropertiesGenieMetadata`](crate::resources::DevicePropertiesGenieMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub genie_metadata: Option<crate::resources::DevicePropertiesGenieMetadata>,
    /// `honeywell_resideo_metadata`: a [`DevicePropertiesHoneywellResideoMetadata`](crate::resources::DevicePropertiesHoneywellResideoMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub honeywell_resideo_metadata:
        Option<crate::resources::DevicePropertiesHoneywellResideoMetadata>,
    /// `igloo_metadata`: a [`DevicePropertiesIglooMetadata`](crate::resources::DevicePropertiesIglooMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub igloo_metadata: Option<crate::resources::DevicePropertiesIglooMetadata>,
    /// `igloohome_metadata`: a [`DevicePropertiesIgloohomeMetadata`](crate::resources::DevicePropertiesIgloohomeMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub igloohome_metadata: Option<crate::resources::DevicePropertiesIgloohomeMetadata>,
    /// `keynest_metadata`: a [`DevicePropertiesKeynestMetadata`](crate::resources::DevicePropertiesKeynestMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keynest_metadata: Option<crate::resources::DevicePropertiesKeynestMetadata>,
    /// `kisi_metadata`: a [`DevicePropertiesKisiMetadata`](crate::resources::DevicePropertiesKisiMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kisi_metadata: Option<crate::resources::DevicePropertiesKisiMetadata>,
    /// `korelock_metadata`: a [`DevicePropertiesKorelockMetadata`](crate::resources::DevicePropertiesKorelockMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub korelock_metadata: Option<crate::resources::DevicePropertiesKorelockMetadata>,
    /// `kwikset_metadata`: a [`DevicePropertiesKwiksetMetadata`](crate::resources::DevicePropertiesKwiksetMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kwikset_metadata: Option<crate::resources::DevicePropertiesKwiksetMetadata>,
    /// `lockly_metadata`: a [`DevicePropertiesLocklyMetadata`](crate::resources::DevicePropertiesLocklyMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lockly_metadata: Option<crate::resources::DevicePropertiesLocklyMetadata>,
    /// `minut_metadata`: a [`DevicePropertiesMinutMetadata`](crate::resources::DevicePropertiesMinutMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minut_metadata: Option<crate::resources::DevicePropertiesMinutMetadata>,
    /// `nest_metadata`: a [`DevicePropertiesNestMetadata`](crate::resources::DevicePropertiesNestMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nest_metadata: Option<crate::resources::DevicePropertiesNestMetadata>,
    /// `noiseaware_metadata`: a [`DevicePropertiesNoiseawareMetadata`](crate::resources::DevicePropertiesNoiseawareMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub noiseaware_metadata: Option<crate::resources::DevicePropertiesNoiseawareMetadata>,
    /// `nuki_metadata`: a [`DevicePropertiesNukiMetadata`](crate::resources::DevicePropertiesNukiMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nuki_metadata: Option<crate::resources::DevicePropertiesNukiMetadata>,
    /// `omnitec_metadata`: a [`DevicePropertiesOmnitecMetadata`](crate::resources::DevicePropertiesOmnitecMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub omnitec_metadata: Option<crate::resources::DevicePropertiesOmnitecMetadata>,
    /// `ring_metadata`: a [`DevicePropertiesRingMetadata`](crate::resources::DevicePropertiesRingMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ring_metadata: Option<crate::resources::DevicePropertiesRingMetadata>,
    /// `salto_ks_metadata`: a [`DevicePropertiesSaltoKsMetadata`](crate::resources::DevicePropertiesSaltoKsMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salto_ks_metadata: Option<crate::resources::DevicePropertiesSaltoKsMetadata>,
    /// `salto_metadata`: a [`DevicePropertiesSaltoMetadata`](crate::resources::DevicePropertiesSaltoMetadata) (may be absent).
    #[deprecated(note = "Seam: Use `salto_ks_metadata ` instead.")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salto_metadata: Option<crate::resources::DevicePropertiesSaltoMetadata>,
    /// `schlage_metadata`: a [`DevicePropertiesSchlageMetadata`](crate::resources::DevicePropertiesSchlageMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schlage_metadata: Option<crate::resources::DevicePropertiesSchlageMetadata>,
    /// `seam_bridge_metadata`: a [`DevicePropertiesSeamBridgeMetadata`](crate::resources::DevicePropertiesSeamBridgeMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seam_bridge_metadata: Option<crate::resources::DevicePropertiesSeamBridgeMetadata>,
    /// `sensi_metadata`: a [`DevicePropertiesSensiMetadata`](crate::resources::DevicePropertiesSensiMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sensi_metadata: Option<crate::resources::DevicePropertiesSensiMetadata>,
    /// `smartthings_metadata`: a [`DevicePropertiesSmartthingsMetadata`](crate::resources::DevicePropertiesSmartthingsMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub smartthings_metadata: Option<crate::resources::DevicePropertiesSmartthingsMetadata>,
    /// `tado_metadata`: a [`DevicePropertiesTadoMetadata`](crate::resources::DevicePropertiesTadoMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tado_metadata: Option<crate::resources::DevicePropertiesTadoMetadata>,
    /// `tedee_metadata`: a [`DevicePropertiesTedeeMetadata`](crate::resources::DevicePropertiesTedeeMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tedee_metadata: Option<crate::resources::DevicePropertiesTedeeMetadata>,
    /// `ttlock_metadata`: a [`DevicePropertiesTtlockMetadata`](crate::resources::DevicePropertiesTtlockMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttlock_metadata: Option<crate::resources::DevicePropertiesTtlockMetadata>,
    /// `two_n_metadata`: a [`DevicePropertiesTwoNMetadata`](crate::resources::DevicePropertiesTwoNMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub two_n_metadata: Option<crate::resources::DevicePropertiesTwoNMetadata>,
    /// `ultraloq_metadata`: a [`DevicePropertiesUltraloqMetadata`](crate::resources::DevicePropertiesUltraloqMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ultraloq_metadata: Option<crate::resources::DevicePropertiesUltraloqMetadata>,
    /// `visionline_metadata`: a [`DevicePropertiesVisionlineMetadata`](crate::resources::DevicePropertiesVisionlineMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visionline_metadata: Option<crate::resources::DevicePropertiesVisionlineMetadata>,
    /// `wyze_metadata`: a [`DevicePropertiesWyzeMetadata`](crate::resources::DevicePropertiesWyzeMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wyze_metadata: Option<crate::resources::DevicePropertiesWyzeMetadata>,
    /// `_experimental_supported_code_from_access_codes_lengths`: a list of number (may be absent).
    #[serde(default)]
    pub _experimental_supported_code_from_access_codes_lengths: Vec<f64>,
    /// `auto_lock_delay_seconds`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_lock_delay_seconds: Option<f64>,
    /// `auto_lock_enabled`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_lock_enabled: Option<bool>,
    /// `backup_access_code_pool_enabled`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backup_access_code_pool_enabled: Option<bool>,
    /// `code_constraints`: a list of [`DevicePropertiesCodeConstraint`](crate::resources::DevicePropertiesCodeConstraint) (may be absent).
    #[serde(default)]
    pub code_constraints: Vec<crate::resources::DevicePropertiesCodeConstraint>,
    /// `door_open`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub door_open: Option<bool>,
    /// `has_native_entry_events`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_native_entry_events: Option<bool>,
    /// `keypad_battery`: a [`DevicePropertiesKeypadBattery`](crate::resources::DevicePropertiesKeypadBattery) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keypad_battery: Option<crate::resources::DevicePropertiesKeypadBattery>,
    /// `locked`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locked: Option<bool>,
    /// `max_active_codes_supported`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_active_codes_supported: Option<f64>,
    /// `offline_time_frame_options`: a list of [`DevicePropertiesOfflineTimeFrameOption`](crate::resources::DevicePropertiesOfflineTimeFrameOption) (may be absent).
    #[serde(default)]
    pub offline_time_frame_options: Vec<crate::resources::DevicePropertiesOfflineTimeFrameOption>,
    /// `online_time_frame_options`: a list of [`DevicePropertiesOnlineTimeFrameOption`](crate::resources::DevicePropertiesOnlineTimeFrameOption) (may be absent).
    #[serde(default)]
    pub online_time_frame_options: Vec<crate::resources::DevicePropertiesOnlineTimeFrameOption>,
    /// `supported_code_lengths`: a list of number (may be absent).
    #[serde(default)]
    pub supported_code_lengths: Vec<f64>,
    /// `supports_backup_access_code_pool`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supports_backup_access_code_pool: Option<bool>,
    /// `active_thermostat_schedule`: a [`DevicePropertiesActiveThermostatSchedule`](crate::resources::DevicePropertiesActiveThermostatSchedule) (may be absent or null).
    #[deprecated(
        note = "Seam: Use `active_thermostat_schedule_id` with `/thermostats/schedules/get` instead."
    )]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active_thermostat_schedule:
        Option<crate::resources::DevicePropertiesActiveThermostatSchedule>,
    /// `active_thermostat_schedule_id`: an id (UUID) (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active_thermostat_schedule_id: Option<crate::Uuid>,
    /// `available_climate_preset_modes`: a list of [`ClimatePresetMode`](crate::resources::ClimatePresetMode) (may be absent).
    #[serde(default)]
    pub available_climate_preset_modes: Vec<crate::resources::ClimatePresetMode>,
    /// `available_climate_presets`: a list of [`DevicePropertiesAvailableClimatePreset`](crate::resources::DevicePropertiesAvailableClimatePreset) (may be absent).
    #[serde(default)]
    pub available_climate_presets: Vec<crate::resources::DevicePropertiesAvailableClimatePreset>,
    /// `available_fan_mode_settings`: a list of [`FanModeSetting`](crate::resources::FanModeSetting) (may be absent).
    #[serde(default)]
    pub available_fan_mode_settings: Vec<crate::resources::FanModeSetting>,
    /// `available_hvac_mode_settings`: a list of [`HvacModeSetting`](crate::resources::HvacModeSetting) (may be absent).
    #[serde(default)]
    pub available_hvac_mode_settings: Vec<crate::resources::HvacModeSetting>,
    /// `current_climate_setting`: a [`DevicePropertiesCurrentClimateSetting`](crate::resources::DevicePropertiesCurrentClimateSetting) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_climate_setting: Option<crate::resources::DevicePropertiesCurrentClimateSetting>,
    /// `default_climate_setting`: a [`DevicePropertiesDefaultClimateSetting`](crate::resources::DevicePropertiesDefaultClimateSetting) (may be absent).
    #[deprecated(
        note = "Seam: use fallback_climate_preset_key to specify a fallback climate preset instead."
    )]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_climate_setting: Option<crate::resources::DevicePropertiesDefaultClimateSetting>,
    /// `fallback_climate_preset_key`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fallback_climate_preset_key: Option<String>,
    /// `fan_mode_setting`: a [`FanModeSetting`](crate::resources::FanModeSetting) (may be absent).
    #[deprecated(note = "Seam: Use `current_climate_setting.fan_mode_setting` instead.")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fan_mode_setting: Option<crate::resources::FanModeSetting>,
    /// `is_cooling`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_cooling: Option<bool>,
    /// `is_fan_running`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_fan_running: Option<bool>,
    /// `is_heating`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_heating: Option<bool>,
    /// `is_temporary_manual_override_active`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_temporary_manual_override_active: Option<bool>,
    /// `max_cooling_set_point_celsius`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_cooling_set_point_celsius: Option<f64>,
    /// `max_cooling_set_point_fahrenheit`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_cooling_set_point_fahrenheit: Option<f64>,
    /// `max_heating_set_point_celsius`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_heating_set_point_celsius: Option<f64>,
    /// `max_heating_set_point_fahrenheit`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_heating_set_point_fahrenheit: Option<f64>,
    /// `max_thermostat_daily_program_periods_per_day`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_thermostat_daily_program_periods_per_day: Option<f64>,
    /// `max_unique_climate_presets_per_thermostat_weekly_program`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_unique_climate_presets_per_thermostat_weekly_program: Option<f64>,
    /// `min_cooling_set_point_celsius`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_cooling_set_point_celsius: Option<f64>,
    /// `min_cooling_set_point_fahrenheit`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_cooling_set_point_fahrenheit: Option<f64>,
    /// `min_heating_cooling_delta_celsius`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_heating_cooling_delta_celsius: Option<f64>,
    /// `min_heating_cooling_delta_fahrenheit`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_heating_cooling_delta_fahrenheit: Option<f64>,
    /// `min_heating_set_point_celsius`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_heating_set_point_celsius: Option<f64>,
    /// `min_heating_set_point_fahrenheit`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_heating_set_point_fahrenheit: Option<f64>,
    /// `relative_humidity`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relative_humidity: Option<f64>,
    /// `temperature_celsius`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temperature_celsius: Option<f64>,
    /// `temperature_fahrenheit`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temperature_fahrenheit: Option<f64>,
    /// `temperature_threshold`: a [`DevicePropertiesTemperatureThreshold`](crate::resources::DevicePropertiesTemperatureThreshold) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temperature_threshold: Option<crate::resources::DevicePropertiesTemperatureThreshold>,
    /// `thermostat_daily_program_period_precision_minutes`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thermostat_daily_program_period_precision_minutes: Option<f64>,
    /// `thermostat_daily_programs`: a list of [`DevicePropertiesThermostatDailyProgram`](crate::resources::DevicePropertiesThermostatDailyProgram) (may be absent).
    #[serde(default)]
    pub thermostat_daily_programs: Vec<crate::resources::DevicePropertiesThermostatDailyProgram>,
    /// `thermostat_weekly_program`: a [`DevicePropertiesThermostatWeeklyProgram`](crate::resources::DevicePropertiesThermostatWeeklyProgram) (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thermostat_weekly_program:
        Option<crate::resources::DevicePropertiesThermostatWeeklyProgram>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_accessory_keypad` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesAccessoryKeypad {
    /// `battery`: a [`DevicePropertiesAccessoryKeypadBattery`](crate::resources::DevicePropertiesAccessoryKeypadBattery) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub battery: Option<crate::resources::DevicePropertiesAccessoryKeypadBattery>,
    /// `is_connected`: a boolean (always present).
    pub is_connected: bool,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_accessory_keypad_battery` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesAccessoryKeypadBattery {
    /// `level`: a number (always present).
    pub level: f64,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_active_thermostat_schedule` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesActiveThermostatSchedule {
    /// `climate_preset_key`: a string (always present).
    pub climate_preset_key: String,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `ends_at`: a timestamp (always present).
    pub ends_at: crate::Timestamp,
    /// `errors`: a list of [`DevicePropertiesActiveThermostatScheduleError`](crate::resources::DevicePropertiesActiveThermostatScheduleError) (always present).
    #[serde(default)]
    pub errors: Vec<crate::resources::DevicePropertiesActiveThermostatScheduleError>,
    /// `is_override_allowed`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_override_allowed: Option<bool>,
    /// `max_override_period_minutes`: an integer (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_override_period_minutes: Option<i64>,
    /// `name`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `starts_at`: a timestamp (always present).
    pub starts_at: crate::Timestamp,
    /// `thermostat_schedule_id`: an id (UUID) (always present).
    pub thermostat_schedule_id: crate::Uuid,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_active_thermostat_schedule_error` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesActiveThermostatScheduleError {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `error_code`: a string (always present).
    pub error_code: String,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_akiles_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesAkilesMetadata {
    /// `_member_group_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub _member_group_id: Option<String>,
    /// `gadget_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gadget_id: Option<String>,
    /// `gadget_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gadget_name: Option<String>,
    /// `product_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_appearance` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesAppearance {
    /// `name`: a string (always present).
    pub name: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_assa_abloy_credential_service_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesAssaAbloyCredentialServiceMetadata {
    /// `endpoints`: a list of [`DevicePropertiesAssaAbloyCredentialServiceMetadataEndpoint`](crate::resources::DevicePropertiesAssaAbloyCredentialServiceMetadataEndpoint) (may be absent).
    #[serde(default)]
    pub endpoints:
        Vec<crate::resources::DevicePropertiesAssaAbloyCredentialServiceMetadataEndpoint>,
    /// `has_active_endpoint`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_active_endpoint: Option<bool>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_assa_abloy_credential_service_metadata_endpoint` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesAssaAbloyCredentialServiceMetadataEndpoint {
    /// `endpoint_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint_id: Option<String>,
    /// `is_active`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_active: Option<bool>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_assa_abloy_vostio_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesAssaAbloyVostioMetadata {
    /// `encoder_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encoder_name: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_august_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesAugustMetadata {
    /// `has_keypad`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_keypad: Option<bool>,
    /// `house_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub house_id: Option<String>,
    /// `house_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub house_name: Option<String>,
    /// `keypad_battery_level`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keypad_battery_level: Option<String>,
    /// `lock_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lock_id: Option<String>,
    /// `lock_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lock_name: Option<String>,
    /// `model`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_available_climate_preset` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesAvailableClimatePreset {
    /// `can_delete`: a boolean (always present).
    pub can_delete: bool,
    /// `can_edit`: a boolean (always present).
    pub can_edit: bool,
    /// `can_use_with_thermostat_daily_programs`: a boolean (always present).
    pub can_use_with_thermostat_daily_programs: bool,
    /// `climate_preset_key`: a string (always present).
    pub climate_preset_key: String,
    /// `climate_preset_mode`: a [`ClimatePresetMode`](crate::resources::ClimatePresetMode) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub climate_preset_mode: Option<crate::resources::ClimatePresetMode>,
    /// `cooling_set_point_celsius`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cooling_set_point_celsius: Option<f64>,
    /// `cooling_set_point_fahrenheit`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cooling_set_point_fahrenheit: Option<f64>,
    /// `display_name`: a string (always present).
    pub display_name: String,
    /// `ecobee_metadata`: a [`DevicePropertiesAvailableClimatePresetEcobeeMetadata`](crate::resources::DevicePropertiesAvailableClimatePresetEcobeeMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ecobee_metadata:
        Option<crate::resources::DevicePropertiesAvailableClimatePresetEcobeeMetadata>,
    /// `fan_mode_setting`: a [`FanModeSetting`](crate::resources::FanModeSetting) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fan_mode_setting: Option<crate::resources::FanModeSetting>,
    /// `heating_set_point_celsius`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heating_set_point_celsius: Option<f64>,
    /// `heating_set_point_fahrenheit`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heating_set_point_fahrenheit: Option<f64>,
    /// `hvac_mode_setting`: a [`HvacModeSetting`](crate::resources::HvacModeSetting) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hvac_mode_setting: Option<crate::resources::HvacModeSetting>,
    /// `manual_override_allowed`: a boolean (always present).
    #[deprecated(note = "Seam: Use 'thermostat_schedule.is_override_allowed'")]
    pub manual_override_allowed: bool,
    /// `name`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_available_climate_preset_ecobee_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesAvailableClimatePresetEcobeeMetadata {
    /// `climate_ref`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub climate_ref: Option<String>,
    /// `is_optimized`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_optimized: Option<bool>,
    /// `owner`: a [`EcobeeMetadataOwner`](crate::resources::EcobeeMetadataOwner) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<crate::resources::EcobeeMetadataOwner>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_avigilon_alta_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesAvigilonAltaMetadata {
    /// `entry_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry_name: Option<String>,
    /// `entry_relays_total_count`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry_relays_total_count: Option<f64>,
    /// `org_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_name: Option<String>,
    /// `site_id`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_id: Option<f64>,
    /// `site_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_name: Option<String>,
    /// `zone_id`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone_id: Option<f64>,
    /// `zone_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone_name: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_battery` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesBattery {
    /// `level`: a number (always present).
    pub level: f64,
    /// `status`: a [`BatteryStatus`](crate::resources::BatteryStatus) (always present).
    pub status: crate::resources::BatteryStatus,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_brivo_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesBrivoMetadata {
    /// `activation_enabled`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activation_enabled: Option<bool>,
    /// `device_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_code_constraint` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum DevicePropertiesCodeConstraint {
    /// The [`DevicePropertiesCodeConstraintVariant1`] form.
    Variant1(DevicePropertiesCodeConstraintVariant1),
    /// The [`DevicePropertiesCodeConstraintVariant2`] form.
    Variant2(DevicePropertiesCodeConstraintVariant2),
    /// A form unknown to this SDK version, kept as it came.
    Other(::serde_json::Value),
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// One form of `DevicePropertiesCodeConstraint`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesCodeConstraintVariant1 {
    /// `constraint_type`: a [`DevicePropertiesCodeConstraintVariant1ConstraintType`](crate::resources::DevicePropertiesCodeConstraintVariant1ConstraintType) (always present).
    pub constraint_type: crate::resources::DevicePropertiesCodeConstraintVariant1ConstraintType,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
seamapi_runtime::string_enum! {
    /// The values of `device_properties_code_constraint_variant1_constraint_type`.
    pub enum DevicePropertiesCodeConstraintVariant1ConstraintType {
        /// `no_zeros`.
        NoZeros => "no_zeros",
        /// `cannot_start_with_12`.
        CannotStartWith12 => "cannot_start_with_12",
        /// `no_triple_consecutive_ints`.
        NoTripleConsecutiveInts => "no_triple_consecutive_ints",
        /// `cannot_specify_pin_code`.
        CannotSpecifyPinCode => "cannot_specify_pin_code",
        /// `pin_code_matches_existing_set`.
        PinCodeMatchesExistingSet => "pin_code_matches_existing_set",
        /// `start_date_in_future`.
        StartDateInFuture => "start_date_in_future",
        /// `no_ascending_or_descending_sequence`.
        NoAscendingOrDescendingSequence => "no_ascending_or_descending_sequence",
        /// `at_least_three_unique_digits`.
        AtLeastThreeUniqueDigits => "at_least_three_unique_digits",
        /// `cannot_contain_089`.
        CannotContain089 => "cannot_contain_089",
        /// `cannot_contain_0789`.
        CannotContain0789 => "cannot_contain_0789",
        /// `unique_first_four_digits`.
        UniqueFirstFourDigits => "unique_first_four_digits",
        /// `no_all_same_digits`.
        NoAllSameDigits => "no_all_same_digits",
    }
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// One form of `DevicePropertiesCodeConstraint`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesCodeConstraintVariant2 {
    /// `constraint_type`: a [`DevicePropertiesCodeConstraintVariant2ConstraintType`](crate::resources::DevicePropertiesCodeConstraintVariant2ConstraintType) (always present).
    pub constraint_type: crate::resources::DevicePropertiesCodeConstraintVariant2ConstraintType,
    /// `max_length`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<f64>,
    /// `min_length`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_length: Option<f64>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
seamapi_runtime::string_enum! {
    /// The values of `device_properties_code_constraint_variant2_constraint_type`.
    pub enum DevicePropertiesCodeConstraintVariant2ConstraintType {
        /// `name_length`.
        NameLength => "name_length",
        /// `name_must_be_unique`.
        NameMustBeUnique => "name_must_be_unique",
    }
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_controlbyweb_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesControlbywebMetadata {
    /// `device_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    /// `device_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// `relay_name`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relay_name: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_current_climate_setting` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesCurrentClimateSetting {
    /// `can_delete`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_delete: Option<bool>,
    /// `can_edit`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_edit: Option<bool>,
    /// `can_use_with_thermostat_daily_programs`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_use_with_thermostat_daily_programs: Option<bool>,
    /// `climate_preset_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub climate_preset_key: Option<String>,
    /// `climate_preset_mode`: a [`ClimatePresetMode`](crate::resources::ClimatePresetMode) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub climate_preset_mode: Option<crate::resources::ClimatePresetMode>,
    /// `cooling_set_point_celsius`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cooling_set_point_celsius: Option<f64>,
    /// `cooling_set_point_fahrenheit`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cooling_set_point_fahrenheit: Option<f64>,
    /// `display_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `ecobee_metadata`: a [`DevicePropertiesCurrentClimateSettingEcobeeMetadata`](crate::resources::DevicePropertiesCurrentClimateSettingEcobeeMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ecobee_metadata:
        Option<crate::resources::DevicePropertiesCurrentClimateSettingEcobeeMetadata>,
    /// `fan_mode_setting`: a [`FanModeSetting`](crate::resources::FanModeSetting) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fan_mode_setting: Option<crate::resources::FanModeSetting>,
    /// `heating_set_point_celsius`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heating_set_point_celsius: Option<f64>,
    /// `heating_set_point_fahrenheit`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heating_set_point_fahrenheit: Option<f64>,
    /// `hvac_mode_setting`: a [`HvacModeSetting`](crate::resources::HvacModeSetting) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hvac_mode_setting: Option<crate::resources::HvacModeSetting>,
    /// `manual_override_allowed`: a boolean (may be absent).
    #[deprecated(note = "Seam: Use 'thermostat_schedule.is_override_allowed'")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manual_override_allowed: Option<bool>,
    /// `name`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_current_climate_setting_ecobee_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesCurrentClimateSettingEcobeeMetadata {
    /// `climate_ref`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub climate_ref: Option<String>,
    /// `is_optimized`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_optimized: Option<bool>,
    /// `owner`: a [`EcobeeMetadataOwner`](crate::resources::EcobeeMetadataOwner) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<crate::resources::EcobeeMetadataOwner>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_default_climate_setting` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesDefaultClimateSetting {
    /// `can_delete`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_delete: Option<bool>,
    /// `can_edit`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_edit: Option<bool>,
    /// `can_use_with_thermostat_daily_programs`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_use_with_thermostat_daily_programs: Option<bool>,
    /// `climate_preset_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub climate_preset_key: Option<String>,
    /// `climate_preset_mode`: a [`ClimatePresetMode`](crate::resources::ClimatePresetMode) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub climate_preset_mode: Option<crate::resources::ClimatePresetMode>,
    /// `cooling_set_point_celsius`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cooling_set_point_celsius: Option<f64>,
    /// `cooling_set_point_fahrenheit`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cooling_set_point_fahrenheit: Option<f64>,
    /// `display_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `ecobee_metadata`: a [`DevicePropertiesDefaultClimateSettingEcobeeMetadata`](crate::resources::DevicePropertiesDefaultClimateSettingEcobeeMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ecobee_metadata:
        Option<crate::resources::DevicePropertiesDefaultClimateSettingEcobeeMetadata>,
    /// `fan_mode_setting`: a [`FanModeSetting`](crate::resources::FanModeSetting) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fan_mode_setting: Option<crate::resources::FanModeSetting>,
    /// `heating_set_point_celsius`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heating_set_point_celsius: Option<f64>,
    /// `heating_set_point_fahrenheit`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heating_set_point_fahrenheit: Option<f64>,
    /// `hvac_mode_setting`: a [`HvacModeSetting`](crate::resources::HvacModeSetting) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hvac_mode_setting: Option<crate::resources::HvacModeSetting>,
    /// `manual_override_allowed`: a boolean (may be absent).
    #[deprecated(note = "Seam: Use 'thermostat_schedule.is_override_allowed'")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manual_override_allowed: Option<bool>,
    /// `name`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_default_climate_setting_ecobee_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesDefaultClimateSettingEcobeeMetadata {
    /// `climate_ref`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub climate_ref: Option<String>,
    /// `is_optimized`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_optimized: Option<bool>,
    /// `owner`: a [`EcobeeMetadataOwner`](crate::resources::EcobeeMetadataOwner) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<crate::resources::EcobeeMetadataOwner>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_dormakaba_oracode_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesDormakabaOracodeMetadata {
    /// `device_id`: any JSON value (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<::serde_json::Value>,
    /// `door_id`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub door_id: Option<f64>,
    /// `door_is_wireless`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub door_is_wireless: Option<bool>,
    /// `door_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub door_name: Option<String>,
    /// `iana_timezone`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iana_timezone: Option<String>,
    /// `predefined_time_slots`: a list of [`DevicePropertiesDormakabaOracodeMetadataPredefinedTimeSlot`](crate::resources::DevicePropertiesDormakabaOracodeMetadataPredefinedTimeSlot) (may be absent).
    #[serde(default)]
    pub predefined_time_slots:
        Vec<crate::resources::DevicePropertiesDormakabaOracodeMetadataPredefinedTimeSlot>,
    /// `site_id`: a number (may be absent or null).
    #[deprecated(note = "Seam: Previously marked as \"@DEPRECATED.\"")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_id: Option<f64>,
    /// `site_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_name: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_dormakaba_oracode_metadata_predefined_time_slot` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesDormakabaOracodeMetadataPredefinedTimeSlot {
    /// `check_in_time`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_in_time: Option<String>,
    /// `check_out_time`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_out_time: Option<String>,
    /// `dormakaba_oracode_user_level_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dormakaba_oracode_user_level_id: Option<crate::Uuid>,
    /// `dormakaba_oracode_user_level_prefix`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dormakaba_oracode_user_level_prefix: Option<f64>,
    /// `is_24_hour`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_24_hour: Option<bool>,
    /// `is_biweekly_mode`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_biweekly_mode: Option<bool>,
    /// `is_master`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_master: Option<bool>,
    /// `is_one_shot`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_one_shot: Option<bool>,
    /// `name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `prefix`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefix: Option<f64>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_ecobee_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesEcobeeMetadata {
    /// `device_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// `ecobee_device_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ecobee_device_id: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_four_suites_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesFourSuitesMetadata {
    /// `device_id`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<f64>,
    /// `device_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// `reclose_delay_in_seconds`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reclose_delay_in_seconds: Option<f64>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_genie_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesGenieMetadata {
    /// `device_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// `door_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub door_name: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_honeywell_resideo_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesHoneywellResideoMetadata {
    /// `device_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// `honeywell_resideo_device_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub honeywell_resideo_device_id: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_igloo_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesIglooMetadata {
    /// `bridge_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bridge_id: Option<String>,
    /// `device_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    /// `model`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_igloohome_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesIgloohomeMetadata {
    /// `bridge_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bridge_id: Option<String>,
    /// `bridge_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bridge_name: Option<String>,
    /// `device_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    /// `device_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// `is_accessory_keypad_linked_to_bridge`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_accessory_keypad_linked_to_bridge: Option<bool>,
    /// `keypad_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keypad_id: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_keynest_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesKeynestMetadata {
    /// `address`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// `current_or_last_store_id`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_or_last_store_id: Option<f64>,
    /// `current_status`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_status: Option<String>,
    /// `current_user_company`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_user_company: Option<String>,
    /// `current_user_email`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_user_email: Option<String>,
    /// `current_user_name`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_user_name: Option<String>,
    /// `current_user_phone_number`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_user_phone_number: Option<String>,
    /// `default_office_id`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_office_id: Option<f64>,
    /// `device_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// `fob_id`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fob_id: Option<f64>,
    /// `handover_method`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handover_method: Option<String>,
    /// `has_photo`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_photo: Option<bool>,
    /// `is_quadient_locker`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_quadient_locker: Option<bool>,
    /// `key_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_id: Option<String>,
    /// `key_notes`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_notes: Option<String>,
    /// `keynest_app_user`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keynest_app_user: Option<String>,
    /// `last_movement`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_movement: Option<String>,
    /// `property_id`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_id: Option<String>,
    /// `property_postcode`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_postcode: Option<String>,
    /// `status_type`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_type: Option<String>,
    /// `subscription_plan`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscription_plan: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_keypad_battery` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesKeypadBattery {
    /// `level`: a number (always present).
    pub level: f64,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_kisi_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesKisiMetadata {
    /// `description`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `lock_id`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lock_id: Option<f64>,
    /// `lock_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lock_name: Option<String>,
    /// `place_name`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place_name: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_korelock_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesKorelockMetadata {
    /// `device_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    /// `device_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// `firmware_version`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub firmware_version: Option<String>,
    /// `location_id`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_id: Option<String>,
    /// `model_code`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model_code: Option<String>,
    /// `serial_number`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub serial_number: Option<String>,
    /// `wifi_signal_strength`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wifi_signal_strength: Option<f64>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_kwikset_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesKwiksetMetadata {
    /// `device_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    /// `device_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// `model_number`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model_number: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_lockly_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesLocklyMetadata {
    /// `device_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    /// `device_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// `model`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_minut_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesMinutMetadata {
    /// `device_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    /// `device_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// `latest_sensor_values`: a [`DevicePropertiesMinutMetadataLatestSensorValues`](crate::resources::DevicePropertiesMinutMetadataLatestSensorValues) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest_sensor_values:
        Option<crate::resources::DevicePropertiesMinutMetadataLatestSensorValues>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_minut_metadata_latest_sensor_values` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesMinutMetadataLatestSensorValues {
    /// `accelerometer_z`: a [`DevicePropertiesMinutMetadataLatestSensorValuesAccelerometerZ`](crate::resources::DevicePropertiesMinutMetadataLatestSensorValuesAccelerometerZ) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accelerometer_z:
        Option<crate::resources::DevicePropertiesMinutMetadataLatestSensorValuesAccelerometerZ>,
    /// `humidity`: a [`DevicePropertiesMinutMetadataLatestSensorValuesHumidity`](crate::resources::DevicePropertiesMinutMetadataLatestSensorValuesHumidity) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub humidity: Option<crate::resources::DevicePropertiesMinutMetadataLatestSensorValuesHumidity>,
    /// `pressure`: a [`DevicePropertiesMinutMetadataLatestSensorValuesPressure`](crate::resources::DevicePropertiesMinutMetadataLatestSensorValuesPressure) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pressure: Option<crate::resources::DevicePropertiesMinutMetadataLatestSensorValuesPressure>,
    /// `sound`: a [`DevicePropertiesMinutMetadataLatestSensorValuesSound`](crate::resources::DevicePropertiesMinutMetadataLatestSensorValuesSound) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sound: Option<crate::resources::DevicePropertiesMinutMetadataLatestSensorValuesSound>,
    /// `temperature`: a [`DevicePropertiesMinutMetadataLatestSensorValuesTemperature`](crate::resources::DevicePropertiesMinutMetadataLatestSensorValuesTemperature) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temperature:
        Option<crate::resources::DevicePropertiesMinutMetadataLatestSensorValuesTemperature>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_minut_metadata_latest_sensor_values_accelerometer_z` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesMinutMetadataLatestSensorValuesAccelerometerZ {
    /// `time`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// `value`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_minut_metadata_latest_sensor_values_humidity` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesMinutMetadataLatestSensorValuesHumidity {
    /// `time`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// `value`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_minut_metadata_latest_sensor_values_pressure` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesMinutMetadataLatestSensorValuesPressure {
    /// `time`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// `value`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_minut_metadata_latest_sensor_values_sound` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesMinutMetadataLatestSensorValuesSound {
    /// `time`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// `value`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_minut_metadata_latest_sensor_values_temperature` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesMinutMetadataLatestSensorValuesTemperature {
    /// `time`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// `value`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_model` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesModel {
    /// `accessory_keypad_supported`: a boolean (may be absent).
    #[deprecated(note = "Seam: use device.properties.model.can_connect_accessory_keypad")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accessory_keypad_supported: Option<bool>,
    /// `can_connect_accessory_keypad`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_connect_accessory_keypad: Option<bool>,
    /// `display_name`: a string (always present).
    pub display_name: String,
    /// `has_built_in_keypad`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_built_in_keypad: Option<bool>,
    /// `manufacturer_display_name`: a string (always present).
    pub manufacturer_display_name: String,
    /// `offline_access_codes_supported`: a boolean (may be absent).
    #[deprecated(note = "Seam: use device.can_program_offline_access_codes.")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offline_access_codes_supported: Option<bool>,
    /// `online_access_codes_supported`: a boolean (may be absent).
    #[deprecated(note = "Seam: use device.can_program_online_access_codes.")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub online_access_codes_supported: Option<bool>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_nest_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesNestMetadata {
    /// `device_custom_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_custom_name: Option<String>,
    /// `device_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// `display_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// `nest_device_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nest_device_id: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_noiseaware_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesNoiseawareMetadata {
    /// `device_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    /// `device_model`: a [`DevicePropertiesNoiseawareMetadataDeviceModel`](crate::resources::DevicePropertiesNoiseawareMetadataDeviceModel) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_model: Option<crate::resources::DevicePropertiesNoiseawareMetadataDeviceModel>,
    /// `device_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// `noise_level_decibel`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub noise_level_decibel: Option<f64>,
    /// `noise_level_nrs`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub noise_level_nrs: Option<f64>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
seamapi_runtime::string_enum! {
    /// The values of `device_properties_noiseaware_metadata_device_model`.
    pub enum DevicePropertiesNoiseawareMetadataDeviceModel {
        /// `indoor`.
        Indoor => "indoor",
        /// `outdoor`.
        Outdoor => "outdoor",
    }
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_nuki_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesNukiMetadata {
    /// `device_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    /// `device_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// `keypad_2_paired`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keypad_2_paired: Option<bool>,
    /// `keypad_battery_critical`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keypad_battery_critical: Option<bool>,
    /// `keypad_paired`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keypad_paired: Option<bool>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_offline_time_frame_option` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesOfflineTimeFrameOption {
    /// `display_name`: a string (always present).
    pub display_name: String,
    /// `end_date_recurrence_rule`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date_recurrence_rule: Option<String>,
    /// `matching_start_end_time`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matching_start_end_time: Option<bool>,
    /// `max_duration`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_duration: Option<String>,
    /// `min_duration`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_duration: Option<String>,
    /// `start_date_recurrence_rule`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date_recurrence_rule: Option<String>,
    /// `time_pairs`: a list of [`DevicePropertiesOfflineTimeFrameOptionTimePair`](crate::resources::DevicePropertiesOfflineTimeFrameOptionTimePair) (may be absent).
    #[serde(default)]
    pub time_pairs: Vec<crate::resources::DevicePropertiesOfflineTimeFrameOptionTimePair>,
    /// `time_zone`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_offline_time_frame_option_time_pair` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesOfflineTimeFrameOptionTimePair {
    /// `display_name`: a string (always present).
    pub display_name: String,
    /// `end_time`: a string (always present).
    pub end_time: String,
    /// `start_time`: a string (always present).
    pub start_time: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_omnitec_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesOmnitecMetadata {
    /// `has_gateway`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_gateway: Option<bool>,
    /// `lock_alias`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lock_alias: Option<String>,
    /// `lock_id`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lock_id: Option<f64>,
    /// `lock_mac`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lock_mac: Option<String>,
    /// `lock_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lock_name: Option<String>,
    /// `time_zone`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
    /// `timezone_raw_offset_ms`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone_raw_offset_ms: Option<f64>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_online_time_frame_option` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesOnlineTimeFrameOption {
    /// `display_name`: a string (always present).
    pub display_name: String,
    /// `end_date_recurrence_rule`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date_recurrence_rule: Option<String>,
    /// `matching_start_end_time`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matching_start_end_time: Option<bool>,
    /// `max_duration`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_duration: Option<String>,
    /// `min_duration`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_duration: Option<String>,
    /// `start_date_recurrence_rule`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date_recurrence_rule: Option<String>,
    /// `time_pairs`: a list of [`DevicePropertiesOnlineTimeFrameOptionTimePair`](crate::resources::DevicePropertiesOnlineTimeFrameOptionTimePair) (may be absent).
    #[serde(default)]
    pub time_pairs: Vec<crate::resources::DevicePropertiesOnlineTimeFrameOptionTimePair>,
    /// `time_zone`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_online_time_frame_option_time_pair` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesOnlineTimeFrameOptionTimePair {
    /// `display_name`: a string (always present).
    pub display_name: String,
    /// `end_time`: a string (always present).
    pub end_time: String,
    /// `start_time`: a string (always present).
    pub start_time: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_ring_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesRingMetadata {
    /// `device_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    /// `device_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_salto_ks_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesSaltoKsMetadata {
    /// `battery_level`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub battery_level: Option<String>,
    /// `customer_reference`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_reference: Option<String>,
    /// `has_custom_pin_subscription`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_custom_pin_subscription: Option<bool>,
    /// `lock_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lock_id: Option<String>,
    /// `lock_type`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lock_type: Option<String>,
    /// `locked_state`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locked_state: Option<String>,
    /// `model`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    /// `site_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_id: Option<String>,
    /// `site_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_name: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_salto_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesSaltoMetadata {
    /// `battery_level`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub battery_level: Option<String>,
    /// `customer_reference`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_reference: Option<String>,
    /// `lock_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lock_id: Option<String>,
    /// `lock_type`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lock_type: Option<String>,
    /// `locked_state`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locked_state: Option<String>,
    /// `model`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    /// `site_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_id: Option<String>,
    /// `site_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_name: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_salto_space_credential_service_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesSaltoSpaceCredentialServiceMetadata {
    /// `has_active_phone`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_active_phone: Option<bool>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_schlage_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesSchlageMetadata {
    /// `device_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    /// `device_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// `model`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_seam_bridge_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesSeamBridgeMetadata {
    /// `device_num`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_num: Option<f64>,
    /// `name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `unlock_method`: a [`DevicePropertiesSeamBridgeMetadataUnlockMethod`](crate::resources::DevicePropertiesSeamBridgeMetadataUnlockMethod) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unlock_method: Option<crate::resources::DevicePropertiesSeamBridgeMetadataUnlockMethod>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
seamapi_runtime::string_enum! {
    /// The values of `device_properties_seam_bridge_metadata_unlock_method`.
    pub enum DevicePropertiesSeamBridgeMetadataUnlockMethod {
        /// `bridge`.
        Bridge => "bridge",
        /// `doorking`.
        Doorking => "doorking",
    }
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_sensi_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesSensiMetadata {
    /// `device_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    /// `device_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// `dual_setpoints_not_supported`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dual_setpoints_not_supported: Option<bool>,
    /// `enforced_setpoint_range_celsius`: any JSON value (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enforced_setpoint_range_celsius: Option<::serde_json::Value>,
    /// `product_type`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_type: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_smartthings_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesSmartthingsMetadata {
    /// `device_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    /// `device_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// `location_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_id: Option<String>,
    /// `model`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_tado_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesTadoMetadata {
    /// `device_type`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_type: Option<String>,
    /// `serial_no`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub serial_no: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_tedee_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesTedeeMetadata {
    /// `bridge_id`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bridge_id: Option<f64>,
    /// `bridge_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bridge_name: Option<String>,
    /// `device_id`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<f64>,
    /// `device_model`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_model: Option<String>,
    /// `device_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// `keypad_id`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keypad_id: Option<f64>,
    /// `serial_number`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub serial_number: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_temperature_threshold` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesTemperatureThreshold {
    /// `lower_limit_celsius`: a number (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lower_limit_celsius: Option<f64>,
    /// `lower_limit_fahrenheit`: a number (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lower_limit_fahrenheit: Option<f64>,
    /// `upper_limit_celsius`: a number (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upper_limit_celsius: Option<f64>,
    /// `upper_limit_fahrenheit`: a number (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upper_limit_fahrenheit: Option<f64>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_thermostat_daily_program` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesThermostatDailyProgram {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `name`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `periods`: a list of [`DevicePropertiesThermostatDailyProgramPeriod`](crate::resources::DevicePropertiesThermostatDailyProgramPeriod) (always present).
    #[serde(default)]
    pub periods: Vec<crate::resources::DevicePropertiesThermostatDailyProgramPeriod>,
    /// `thermostat_daily_program_id`: an id (UUID) (always present).
    pub thermostat_daily_program_id: crate::Uuid,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_thermostat_daily_program_period` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesThermostatDailyProgramPeriod {
    /// `climate_preset_key`: a string (always present).
    pub climate_preset_key: String,
    /// `starts_at_time`: a string (always present).
    pub starts_at_time: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_thermostat_weekly_program` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesThermostatWeeklyProgram {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `friday_program_id`: an id (UUID) (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub friday_program_id: Option<crate::Uuid>,
    /// `monday_program_id`: an id (UUID) (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monday_program_id: Option<crate::Uuid>,
    /// `saturday_program_id`: an id (UUID) (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saturday_program_id: Option<crate::Uuid>,
    /// `sunday_program_id`: an id (UUID) (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sunday_program_id: Option<crate::Uuid>,
    /// `thursday_program_id`: an id (UUID) (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thursday_program_id: Option<crate::Uuid>,
    /// `tuesday_program_id`: an id (UUID) (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tuesday_program_id: Option<crate::Uuid>,
    /// `wednesday_program_id`: an id (UUID) (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wednesday_program_id: Option<crate::Uuid>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_ttlock_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesTtlockMetadata {
    /// `feature_value`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feature_value: Option<String>,
    /// `features`: a [`DevicePropertiesTtlockMetadataFeatures`](crate::resources::DevicePropertiesTtlockMetadataFeatures) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub features: Option<crate::resources::DevicePropertiesTtlockMetadataFeatures>,
    /// `has_gateway`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_gateway: Option<bool>,
    /// `lock_alias`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lock_alias: Option<String>,
    /// `lock_id`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lock_id: Option<f64>,
    /// `timezone_raw_offset_ms`: a number (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone_raw_offset_ms: Option<f64>,
    /// `wireless_keypads`: a list of [`DevicePropertiesTtlockMetadataWirelessKeypad`](crate::resources::DevicePropertiesTtlockMetadataWirelessKeypad) (may be absent).
    #[serde(default)]
    pub wireless_keypads: Vec<crate::resources::DevicePropertiesTtlockMetadataWirelessKeypad>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_ttlock_metadata_features` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesTtlockMetadataFeatures {
    /// `auto_lock_time_config`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_lock_time_config: Option<bool>,
    /// `incomplete_keyboard_passcode`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incomplete_keyboard_passcode: Option<bool>,
    /// `lock_command`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lock_command: Option<bool>,
    /// `passcode`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passcode: Option<bool>,
    /// `passcode_management`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passcode_management: Option<bool>,
    /// `unlock_via_gateway`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unlock_via_gateway: Option<bool>,
    /// `wifi`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wifi: Option<bool>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_ttlock_metadata_wireless_keypad` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesTtlockMetadataWirelessKeypad {
    /// `wireless_keypad_id`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wireless_keypad_id: Option<f64>,
    /// `wireless_keypad_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wireless_keypad_name: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_two_n_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesTwoNMetadata {
    /// `device_id`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<f64>,
    /// `device_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_ultraloq_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesUltraloqMetadata {
    /// `device_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    /// `device_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// `device_type`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_type: Option<String>,
    /// `time_zone`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_visionline_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesVisionlineMetadata {
    /// `encoder_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encoder_id: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// The `device_properties_wyze_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DevicePropertiesWyzeMetadata {
    /// `device_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    /// `device_info_model`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_info_model: Option<String>,
    /// `device_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// `keypad_uuid`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keypad_uuid: Option<String>,
    /// `locker_status_hardlock`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locker_status_hardlock: Option<f64>,
    /// `product_model`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_model: Option<String>,
    /// `product_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// `product_type`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_type: Option<String>,
}

#[cfg(feature = "api-devices")]
/// The `device_provider` resource.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceProvider {
    /// `can_configure_auto_lock`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_configure_auto_lock: Option<bool>,
    /// `can_hvac_cool`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_hvac_cool: Option<bool>,
    /// `can_hvac_heat`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_hvac_heat: Option<bool>,
    /// `can_hvac_heat_cool`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_hvac_heat_cool: Option<bool>,
    /// `can_program_offline_access_codes`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_program_offline_access_codes: Option<bool>,
    /// `can_program_online_access_codes`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_program_online_access_codes: Option<bool>,
    /// `can_program_thermostat_programs_as_different_each_day`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_program_thermostat_programs_as_different_each_day: Option<bool>,
    /// `can_program_thermostat_programs_as_same_each_day`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_program_thermostat_programs_as_same_each_day: Option<bool>,
    /// `can_program_thermostat_programs_as_weekday_weekend`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_program_thermostat_programs_as_weekday_weekend: Option<bool>,
    /// `can_remotely_lock`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_remotely_lock: Option<bool>,
    /// `can_remotely_unlock`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_remotely_unlock: Option<bool>,
    /// `can_run_thermostat_programs`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_run_thermostat_programs: Option<bool>,
    /// `can_simulate_connection`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_simulate_connection: Option<bool>,
    /// `can_simulate_disconnection`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_simulate_disconnection: Option<bool>,
    /// `can_simulate_hub_connection`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_simulate_hub_connection: Option<bool>,
    /// `can_simulate_hub_disconnection`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_simulate_hub_disconnection: Option<bool>,
    /// `can_simulate_paid_subscription`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_simulate_paid_subscription: Option<bool>,
    /// `can_simulate_removal`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_simulate_removal: Option<bool>,
    /// `can_turn_off_hvac`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_turn_off_hvac: Option<bool>,
    /// `can_unlock_with_code`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_unlock_with_code: Option<bool>,
    /// `device_provider_name`: a [`DeviceProviderDeviceProviderName`](crate::resources::DeviceProviderDeviceProviderName) (always present).
    pub device_provider_name: crate::resources::DeviceProviderDeviceProviderName,
    /// `display_name`: a string (always present).
    pub display_name: String,
    /// `image_url`: a string (always present).
    pub image_url: String,
    /// `provider_categories`: a list of [`ProviderCategory`](crate::resources::ProviderCategory) (always present).
    #[serde(default)]
    pub provider_categories: Vec<crate::resources::ProviderCategory>,
}

#[cfg(feature = "api-devices")]
seamapi_runtime::string_enum! {
    /// The values of `device_provider_device_provider_name`.
    pub enum DeviceProviderDeviceProviderName {
        /// `hotek`.
        Hotek => "hotek",
        /// `dormakaba_community`.
        DormakabaCommunity => "dormakaba_community",
        /// `legic_connect`.
        LegicConnect => "legic_connect",
        /// `akuvox`.
        Akuvox => "akuvox",
        /// `august`.
        August => "august",
        /// `avigilon_alta`.
        AvigilonAlta => "avigilon_alta",
        /// `brivo`.
        Brivo => "brivo",
        /// `butterflymx`.
        Butterflymx => "butterflymx",
        /// `schlage`.
        Schlage => "schlage",
        /// `smartthings`.
        Smartthings => "smartthings",
        /// `yale`.
        Yale => "yale",
        /// `genie`.
        Genie => "genie",
        /// `doorking`.
        Doorking => "doorking",
        /// `salto`.
        Salto => "salto",
        /// `salto_ks`.
        SaltoKs => "salto_ks",
        /// `salto_ks_accept`.
        SaltoKsAccept => "salto_ks_accept",
        /// `lockly`.
        Lockly => "lockly",
        /// `ttlock`.
        Ttlock => "ttlock",
        /// `linear`.
        Linear => "linear",
        /// `noiseaware`.
        Noiseaware => "noiseaware",
        /// `nuki`.
        Nuki => "nuki",
        /// `igloo`.
        Igloo => "igloo",
        /// `kwikset`.
        Kwikset => "kwikset",
        /// `minut`.
        Minut => "minut",
        /// `my_2n`.
        My2n => "my_2n",
        /// `controlbyweb`.
        Controlbyweb => "controlbyweb",
        /// `nest`.
        Nest => "nest",
        /// `igloohome`.
        Igloohome => "igloohome",
        /// `ecobee`.
        Ecobee => "ecobee",
        /// `four_suites`.
        FourSuites => "four_suites",
        /// `dormakaba_oracode`.
        DormakabaOracode => "dormakaba_oracode",
        /// `pti`.
        Pti => "pti",
        /// `wyze`.
        Wyze => "wyze",
        /// `seam_passport`.
        SeamPassport => "seam_passport",
        /// `visionline`.
        Visionline => "visionline",
        /// `assa_abloy_credential_service`.
        AssaAbloyCredentialService => "assa_abloy_credential_service",
        /// `tedee`.
        Tedee => "tedee",
        /// `honeywell_resideo`.
        HoneywellResideo => "honeywell_resideo",
        /// `first_alert`.
        FirstAlert => "first_alert",
        /// `latch`.
        Latch => "latch",
        /// `akiles`.
        Akiles => "akiles",
        /// `assa_abloy_vostio`.
        AssaAbloyVostio => "assa_abloy_vostio",
        /// `assa_abloy_vostio_credential_service`.
        AssaAbloyVostioCredentialService => "assa_abloy_vostio_credential_service",
        /// `tado`.
        Tado => "tado",
        /// `salto_space`.
        SaltoSpace => "salto_space",
        /// `sensi`.
        Sensi => "sensi",
        /// `keynest`.
        Keynest => "keynest",
        /// `korelock`.
        Korelock => "korelock",
        /// `keyincode`.
        Keyincode => "keyincode",
        /// `dormakaba_ambiance`.
        DormakabaAmbiance => "dormakaba_ambiance",
        /// `ultraloq`.
        Ultraloq => "ultraloq",
        /// `dusaw`.
        Dusaw => "dusaw",
        /// `sifely`.
        Sifely => "sifely",
        /// `thirty_three_lock`.
        ThirtyThreeLock => "thirty_three_lock",
        /// `ring`.
        Ring => "ring",
        /// `ical`.
        Ical => "ical",
        /// `lodgify`.
        Lodgify => "lodgify",
        /// `hostaway`.
        Hostaway => "hostaway",
        /// `guesty`.
        Guesty => "guesty",
        /// `acuity_scheduling`.
        AcuityScheduling => "acuity_scheduling",
        /// `omnitec`.
        Omnitec => "omnitec",
        /// `kisi`.
        Kisi => "kisi",
    }
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
seamapi_runtime::string_enum! {
    /// The values of `list_devices_device_type`, `list_unmanaged_devices_device_type`, `device_device_type`, `unmanaged_device_device_type`.
    pub enum DeviceType {
        /// `akuvox_lock`.
        AkuvoxLock => "akuvox_lock",
        /// `august_lock`.
        AugustLock => "august_lock",
        /// `brivo_access_point`.
        BrivoAccessPoint => "brivo_access_point",
        /// `butterflymx_panel`.
        ButterflymxPanel => "butterflymx_panel",
        /// `avigilon_alta_entry`.
        AvigilonAltaEntry => "avigilon_alta_entry",
        /// `doorking_lock`.
        DoorkingLock => "doorking_lock",
        /// `genie_door`.
        GenieDoor => "genie_door",
        /// `igloo_lock`.
        IglooLock => "igloo_lock",
        /// `linear_lock`.
        LinearLock => "linear_lock",
        /// `lockly_lock`.
        LocklyLock => "lockly_lock",
        /// `kwikset_lock`.
        KwiksetLock => "kwikset_lock",
        /// `nuki_lock`.
        NukiLock => "nuki_lock",
        /// `salto_lock`.
        SaltoLock => "salto_lock",
        /// `schlage_lock`.
        SchlageLock => "schlage_lock",
        /// `smartthings_lock`.
        SmartthingsLock => "smartthings_lock",
        /// `wyze_lock`.
        WyzeLock => "wyze_lock",
        /// `yale_lock`.
        YaleLock => "yale_lock",
        /// `two_n_intercom`.
        TwoNIntercom => "two_n_intercom",
        /// `controlbyweb_device`.
        ControlbywebDevice => "controlbyweb_device",
        /// `ttlock_lock`.
        TtlockLock => "ttlock_lock",
        /// `igloohome_lock`.
        IgloohomeLock => "igloohome_lock",
        /// `four_suites_door`.
        FourSuitesDoor => "four_suites_door",
        /// `dormakaba_oracode_door`.
        DormakabaOracodeDoor => "dormakaba_oracode_door",
        /// `tedee_lock`.
        TedeeLock => "tedee_lock",
        /// `akiles_lock`.
        AkilesLock => "akiles_lock",
        /// `ultraloq_lock`.
        UltraloqLock => "ultraloq_lock",
        /// `keyincode_lock`.
        KeyincodeLock => "keyincode_lock",
        /// `omnitec_lock`.
        OmnitecLock => "omnitec_lock",
        /// `kisi_lock`.
        KisiLock => "kisi_lock",
        /// `keynest_key`.
        KeynestKey => "keynest_key",
        /// `noiseaware_activity_zone`.
        NoiseawareActivityZone => "noiseaware_activity_zone",
        /// `minut_sensor`.
        MinutSensor => "minut_sensor",
        /// `ecobee_thermostat`.
        EcobeeThermostat => "ecobee_thermostat",
        /// `nest_thermostat`.
        NestThermostat => "nest_thermostat",
        /// `honeywell_resideo_thermostat`.
        HoneywellResideoThermostat => "honeywell_resideo_thermostat",
        /// `tado_thermostat`.
        TadoThermostat => "tado_thermostat",
        /// `sensi_thermostat`.
        SensiThermostat => "sensi_thermostat",
        /// `smartthings_thermostat`.
        SmartthingsThermostat => "smartthings_thermostat",
        /// `ios_phone`.
        IosPhone => "ios_phone",
        /// `android_phone`.
        AndroidPhone => "android_phone",
        /// `ring_camera`.
        RingCamera => "ring_camera",
    }
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
seamapi_runtime::tagged_union! {
    /// The `device_warning` object.
    pub enum DeviceWarning tag "warning_code" message {
        /// `warning_code` is `partial_backup_access_code_pool`.
        PartialBackupAccessCodePool("partial_backup_access_code_pool") => DeviceWarningPartialBackupAccessCodePool,
        /// `warning_code` is `many_active_backup_codes`.
        ManyActiveBackupCodes("many_active_backup_codes") => DeviceWarningManyActiveBackupCodes,
        /// `warning_code` is `third_party_integration_detected`.
        ThirdPartyIntegrationDetected("third_party_integration_detected") => DeviceWarningThirdPartyIntegrationDetected,
        /// `warning_code` is `ttlock_lock_gateway_unlocking_not_enabled`.
        TtlockLockGatewayUnlockingNotEnabled("ttlock_lock_gateway_unlocking_not_enabled") => DeviceWarningTtlockLockGatewayUnlockingNotEnabled,
        /// `warning_code` is `ttlock_weak_gateway_signal`.
        TtlockWeakGatewaySignal("ttlock_weak_gateway_signal") => DeviceWarningTtlockWeakGatewaySignal,
        /// `warning_code` is `power_saving_mode`.
        PowerSavingMode("power_saving_mode") => DeviceWarningPowerSavingMode,
        /// `warning_code` is `temperature_threshold_exceeded`.
        TemperatureThresholdExceeded("temperature_threshold_exceeded") => DeviceWarningTemperatureThresholdExceeded,
        /// `warning_code` is `device_communication_degraded`.
        DeviceCommunicationDegraded("device_communication_degraded") => DeviceWarningDeviceCommunicationDegraded,
        /// `warning_code` is `scheduled_maintenance_window`.
        ScheduledMaintenanceWindow("scheduled_maintenance_window") => DeviceWarningScheduledMaintenanceWindow,
        /// `warning_code` is `device_has_flaky_connection`.
        DeviceHasFlakyConnection("device_has_flaky_connection") => DeviceWarningDeviceHasFlakyConnection,
        /// `warning_code` is `salto_ks_office_mode`.
        SaltoKsOfficeMode("salto_ks_office_mode") => DeviceWarningSaltoKsOfficeMode,
        /// `warning_code` is `salto_ks_privacy_mode`.
        SaltoKsPrivacyMode("salto_ks_privacy_mode") => DeviceWarningSaltoKsPrivacyMode,
        /// `warning_code` is `privacy_mode`.
        PrivacyMode("privacy_mode") => DeviceWarningPrivacyMode,
        /// `warning_code` is `salto_ks_subscription_limit_almost_reached`.
        SaltoKsSubscriptionLimitAlmostReached("salto_ks_subscription_limit_almost_reached") => DeviceWarningSaltoKsSubscriptionLimitAlmostReached,
        /// `warning_code` is `salto_ks_lock_access_code_support_removed`.
        SaltoKsLockAccessCodeSupportRemoved("salto_ks_lock_access_code_support_removed") => DeviceWarningSaltoKsLockAccessCodeSupportRemoved,
        /// `warning_code` is `unknown_issue_with_phone`.
        UnknownIssueWithPhone("unknown_issue_with_phone") => DeviceWarningUnknownIssueWithPhone,
        /// `warning_code` is `lockly_time_zone_not_configured`.
        LocklyTimeZoneNotConfigured("lockly_time_zone_not_configured") => DeviceWarningLocklyTimeZoneNotConfigured,
        /// `warning_code` is `ultraloq_time_zone_unknown`.
        UltraloqTimeZoneUnknown("ultraloq_time_zone_unknown") => DeviceWarningUltraloqTimeZoneUnknown,
        /// `warning_code` is `time_zone_unknown`.
        TimeZoneUnknown("time_zone_unknown") => DeviceWarningTimeZoneUnknown,
        /// `warning_code` is `time_zone_mismatch`.
        TimeZoneMismatch("time_zone_mismatch") => DeviceWarningTimeZoneMismatch,
        /// `warning_code` is `two_n_device_missing_timezone`.
        TwoNDeviceMissingTimezone("two_n_device_missing_timezone") => DeviceWarningTwoNDeviceMissingTimezone,
        /// `warning_code` is `hub_required_for_additional_capabilities`.
        HubRequiredForAdditionalCapabilities("hub_required_for_additional_capabilities") => DeviceWarningHubRequiredForAdditionalCapabilities,
        /// `warning_code` is `provider_issue`.
        ProviderIssue("provider_issue") => DeviceWarningProviderIssue,
        /// `warning_code` is `keynest_unsupported_locker`.
        KeynestUnsupportedLocker("keynest_unsupported_locker") => DeviceWarningKeynestUnsupportedLocker,
        /// `warning_code` is `accessory_keypad_setup_required`.
        AccessoryKeypadSetupRequired("accessory_keypad_setup_required") => DeviceWarningAccessoryKeypadSetupRequired,
        /// `warning_code` is `unreliable_online_status`.
        UnreliableOnlineStatus("unreliable_online_status") => DeviceWarningUnreliableOnlineStatus,
        /// `warning_code` is `max_access_codes_reached`.
        MaxAccessCodesReached("max_access_codes_reached") => DeviceWarningMaxAccessCodesReached,
        /// `warning_code` is `insufficient_permissions`.
        InsufficientPermissions("insufficient_permissions") => DeviceWarningInsufficientPermissions,
    }
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceWarning` whose `warning_code` is `accessory_keypad_setup_required`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceWarningAccessoryKeypadSetupRequired {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceWarning` whose `warning_code` is `device_communication_degraded`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceWarningDeviceCommunicationDegraded {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceWarning` whose `warning_code` is `device_has_flaky_connection`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceWarningDeviceHasFlakyConnection {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceWarning` whose `warning_code` is `hub_required_for_additional_capabilities`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceWarningHubRequiredForAdditionalCapabilities {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceWarning` whose `warning_code` is `insufficient_permissions`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceWarningInsufficientPermissions {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceWarning` whose `warning_code` is `keynest_unsupported_locker`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceWarningKeynestUnsupportedLocker {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceWarning` whose `warning_code` is `lockly_time_zone_not_configured`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceWarningLocklyTimeZoneNotConfigured {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceWarning` whose `warning_code` is `many_active_backup_codes`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceWarningManyActiveBackupCodes {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceWarning` whose `warning_code` is `max_access_codes_reached`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceWarningMaxAccessCodesReached {
    /// `active_access_code_count`: an integer (always present).
    pub active_access_code_count: i64,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `max_active_access_code_count`: an integer (always present).
    pub max_active_access_code_count: i64,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceWarning` whose `warning_code` is `partial_backup_access_code_pool`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceWarningPartialBackupAccessCodePool {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceWarning` whose `warning_code` is `power_saving_mode`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceWarningPowerSavingMode {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceWarning` whose `warning_code` is `privacy_mode`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceWarningPrivacyMode {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceWarning` whose `warning_code` is `provider_issue`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceWarningProviderIssue {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceWarning` whose `warning_code` is `salto_ks_lock_access_code_support_removed`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceWarningSaltoKsLockAccessCodeSupportRemoved {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceWarning` whose `warning_code` is `salto_ks_office_mode`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceWarningSaltoKsOfficeMode {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceWarning` whose `warning_code` is `salto_ks_privacy_mode`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceWarningSaltoKsPrivacyMode {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceWarning` whose `warning_code` is `salto_ks_subscription_limit_almost_reached`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceWarningSaltoKsSubscriptionLimitAlmostReached {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceWarning` whose `warning_code` is `scheduled_maintenance_window`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceWarningScheduledMaintenanceWindow {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceWarning` whose `warning_code` is `temperature_threshold_exceeded`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceWarningTemperatureThresholdExceeded {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceWarning` whose `warning_code` is `third_party_integration_detected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceWarningThirdPartyIntegrationDetected {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceWarning` whose `warning_code` is `time_zone_mismatch`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceWarningTimeZoneMismatch {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceWarning` whose `warning_code` is `time_zone_unknown`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceWarningTimeZoneUnknown {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceWarning` whose `warning_code` is `ttlock_lock_gateway_unlocking_not_enabled`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceWarningTtlockLockGatewayUnlockingNotEnabled {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceWarning` whose `warning_code` is `ttlock_weak_gateway_signal`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceWarningTtlockWeakGatewaySignal {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceWarning` whose `warning_code` is `two_n_device_missing_timezone`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceWarningTwoNDeviceMissingTimezone {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceWarning` whose `warning_code` is `ultraloq_time_zone_unknown`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceWarningUltraloqTimeZoneUnknown {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceWarning` whose `warning_code` is `unknown_issue_with_phone`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceWarningUnknownIssueWithPhone {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
/// A `DeviceWarning` whose `warning_code` is `unreliable_online_status`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeviceWarningUnreliableOnlineStatus {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-events")]
seamapi_runtime::string_enum! {
    /// The values of `seam_event_device_disconnected_error_code`, `seam_event_device_unmanaged_disconnected_error_code`.
    pub enum DisconnectedErrorCode {
        /// `account_disconnected`.
        AccountDisconnected => "account_disconnected",
        /// `hub_disconnected`.
        HubDisconnected => "hub_disconnected",
        /// `device_disconnected`.
        DeviceDisconnected => "device_disconnected",
    }
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
seamapi_runtime::string_enum! {
    /// The values of `device_properties_available_climate_preset_ecobee_metadata_owner`, `device_properties_current_climate_setting_ecobee_metadata_owner`, `device_properties_default_climate_setting_ecobee_metadata_owner`, `create_climate_preset_ecobee_metadata_owner`, `update_climate_preset_ecobee_metadata_owner`.
    pub enum EcobeeMetadataOwner {
        /// `user`.
        User => "user",
        /// `system`.
        System => "system",
    }
}

/// The `enrollment_automation` resource.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct EnrollmentAutomation {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `credential_manager_acs_system_id`: an id (UUID) (always present).
    pub credential_manager_acs_system_id: crate::Uuid,
    /// `enrollment_automation_id`: an id (UUID) (always present).
    pub enrollment_automation_id: crate::Uuid,
    /// `user_identity_id`: an id (UUID) (always present).
    pub user_identity_id: crate::Uuid,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-events",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
seamapi_runtime::string_enum! {
    /// The values of `device_properties_available_climate_preset_fan_mode_setting`, `device_properties_available_fan_mode_setting`, `device_properties_current_climate_setting_fan_mode_setting`, `device_properties_default_climate_setting_fan_mode_setting`, `device_properties_fan_mode_setting`, `seam_event_thermostat_manually_adjusted_fan_mode_setting`, `create_climate_preset_fan_mode_setting`, `set_fan_mode_fan_mode`, `set_fan_mode_fan_mode_setting`, `update_climate_preset_fan_mode_setting`.
    pub enum FanModeSetting {
        /// `auto`.
        Auto => "auto",
        /// `on`.
        On => "on",
        /// `circulate`.
        Circulate => "circulate",
    }
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-devices",
    feature = "api-events",
    feature = "api-locks",
    feature = "api-noise-sensors",
    feature = "api-spaces",
    feature = "api-thermostats",
    feature = "api-user-identities"
))]
seamapi_runtime::string_enum! {
    /// The values of `device_properties_available_climate_preset_hvac_mode_setting`, `device_properties_available_hvac_mode_setting`, `device_properties_current_climate_setting_hvac_mode_setting`, `device_properties_default_climate_setting_hvac_mode_setting`, `seam_event_thermostat_manually_adjusted_hvac_mode_setting`, `create_climate_preset_hvac_mode_setting`, `update_climate_preset_hvac_mode_setting`.
    pub enum HvacModeSetting {
        /// `off`.
        Off => "off",
        /// `heat`.
        Heat => "heat",
        /// `cool`.
        Cool => "cool",
        /// `heat_cool`.
        HeatCool => "heat_cool",
        /// `eco`.
        Eco => "eco",
    }
}

#[cfg(any(
    feature = "api-access-methods",
    feature = "api-instant-keys",
    feature = "api-user-identities"
))]
/// The `instant_key` resource.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstantKey {
    /// `client_session_id`: an id (UUID) (always present).
    pub client_session_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customization`: a [`InstantKeyCustomization`](crate::resources::InstantKeyCustomization) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customization: Option<crate::resources::InstantKeyCustomization>,
    /// `customization_profile_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customization_profile_id: Option<crate::Uuid>,
    /// `expires_at`: a timestamp (always present).
    pub expires_at: crate::Timestamp,
    /// `instant_key_id`: an id (UUID) (always present).
    pub instant_key_id: crate::Uuid,
    /// `instant_key_url`: a string (always present).
    pub instant_key_url: String,
    /// `user_identity_id`: an id (UUID) (always present).
    pub user_identity_id: crate::Uuid,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(any(
    feature = "api-access-methods",
    feature = "api-instant-keys",
    feature = "api-user-identities"
))]
/// The `instant_key_customization` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstantKeyCustomization {
    /// `logo_url`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
    /// `primary_color`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_color: Option<String>,
    /// `secondary_color`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secondary_color: Option<String>,
}

#[cfg(feature = "api-workspaces")]
seamapi_runtime::string_enum! {
    /// The values of `workspace_connect_webview_customization_logo_shape`, `create_workspace_connect_webview_customization_logo_shape`, `create_workspace_webview_logo_shape`, `update_workspace_connect_webview_customization_logo_shape`.
    pub enum LogoShape {
        /// `circle`.
        Circle => "circle",
        /// `square`.
        Square => "square",
    }
}

/// The `magic_link` resource.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct MagicLink {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (always present).
    pub customer_key: String,
    /// `expires_at`: a timestamp (always present).
    pub expires_at: crate::Timestamp,
    /// `url`: a string (always present).
    pub url: String,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-acs",
    feature = "api-user-identities"
))]
seamapi_runtime::string_enum! {
    /// The values of `acs_access_group_pending_mutation_deferring_user_membership_update_variant`, `acs_user_pending_mutation_deferring_group_membership_update_variant`, `unmanaged_acs_access_group_pending_mutation_deferring_user_membership_update_variant`, `unmanaged_acs_user_pending_mutation_deferring_group_membership_update_variant`.
    pub enum MembershipUpdateVariant {
        /// `adding`.
        Adding => "adding",
        /// `removing`.
        Removing => "removing",
    }
}

#[cfg(feature = "api-noise-sensors")]
/// The `noise_threshold` resource.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct NoiseThreshold {
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `ends_daily_at`: a string (always present).
    pub ends_daily_at: String,
    /// `name`: a string (always present).
    pub name: String,
    /// `noise_threshold_decibels`: a number (always present).
    pub noise_threshold_decibels: f64,
    /// `noise_threshold_id`: an id (UUID) (always present).
    pub noise_threshold_id: crate::Uuid,
    /// `noise_threshold_nrs`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub noise_threshold_nrs: Option<f64>,
    /// `starts_daily_at`: a string (always present).
    pub starts_daily_at: String,
}

#[cfg(feature = "api-phones")]
/// The `phone` resource.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct Phone {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `custom_metadata`: an object of named values (always present).
    #[serde(default)]
    pub custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `device_type`: a [`PhoneDeviceType`](crate::resources::PhoneDeviceType) (always present).
    pub device_type: crate::resources::PhoneDeviceType,
    /// `display_name`: a string (always present).
    pub display_name: String,
    /// `errors`: a list of [`PhoneError`](crate::resources::PhoneError) (always present).
    #[serde(default)]
    pub errors: Vec<crate::resources::PhoneError>,
    /// `nickname`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    /// `properties`: a [`PhoneProperties`](crate::resources::PhoneProperties) (always present).
    pub properties: crate::resources::PhoneProperties,
    /// `warnings`: a list of [`PhoneWarning`](crate::resources::PhoneWarning) (always present).
    #[serde(default)]
    pub warnings: Vec<crate::resources::PhoneWarning>,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-phones")]
seamapi_runtime::string_enum! {
    /// The values of `phone_device_type`.
    pub enum PhoneDeviceType {
        /// `ios_phone`.
        IosPhone => "ios_phone",
        /// `android_phone`.
        AndroidPhone => "android_phone",
    }
}

#[cfg(feature = "api-phones")]
/// The `phone_error` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhoneError {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `error_code`: a string (always present).
    pub error_code: String,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-phones")]
/// The `phone_properties` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhoneProperties {
    /// `assa_abloy_credential_service_metadata`: a [`PhonePropertiesAssaAbloyCredentialServiceMetadata`](crate::resources::PhonePropertiesAssaAbloyCredentialServiceMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assa_abloy_credential_service_metadata:
        Option<crate::resources::PhonePropertiesAssaAbloyCredentialServiceMetadata>,
    /// `salto_space_credential_service_metadata`: a [`PhonePropertiesSaltoSpaceCredentialServiceMetadata`](crate::resources::PhonePropertiesSaltoSpaceCredentialServiceMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salto_space_credential_service_metadata:
        Option<crate::resources::PhonePropertiesSaltoSpaceCredentialServiceMetadata>,
}

#[cfg(feature = "api-phones")]
/// The `phone_properties_assa_abloy_credential_service_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhonePropertiesAssaAbloyCredentialServiceMetadata {
    /// `endpoints`: a list of [`PhonePropertiesAssaAbloyCredentialServiceMetadataEndpoint`](crate::resources::PhonePropertiesAssaAbloyCredentialServiceMetadataEndpoint) (may be absent).
    #[serde(default)]
    pub endpoints: Vec<crate::resources::PhonePropertiesAssaAbloyCredentialServiceMetadataEndpoint>,
    /// `has_active_endpoint`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_active_endpoint: Option<bool>,
}

#[cfg(feature = "api-phones")]
/// The `phone_properties_assa_abloy_credential_service_metadata_endpoint` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhonePropertiesAssaAbloyCredentialServiceMetadataEndpoint {
    /// `endpoint_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint_id: Option<String>,
    /// `is_active`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_active: Option<bool>,
}

#[cfg(feature = "api-phones")]
/// The `phone_properties_salto_space_credential_service_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhonePropertiesSaltoSpaceCredentialServiceMetadata {
    /// `has_active_phone`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_active_phone: Option<bool>,
}

/// The `phone_registration` resource.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhoneRegistration {
    /// `is_being_activated`: a boolean (always present).
    pub is_being_activated: bool,
    /// `phone_registration_id`: a string (always present).
    pub phone_registration_id: String,
    /// `provider_name`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_name: Option<String>,
    /// `provider_state`: any JSON value (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_state: Option<::serde_json::Value>,
}

/// The `phone_session` resource.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhoneSession {
    /// `is_sandbox_workspace`: a boolean (always present).
    pub is_sandbox_workspace: bool,
    /// `provider_sessions`: a list of [`PhoneSessionProviderSession`](crate::resources::PhoneSessionProviderSession) (always present).
    #[serde(default)]
    pub provider_sessions: Vec<crate::resources::PhoneSessionProviderSession>,
    /// `user_identity`: a [`PhoneSessionUserIdentity`](crate::resources::PhoneSessionUserIdentity) (always present).
    pub user_identity: crate::resources::PhoneSessionUserIdentity,
    /// `workspace_id`: a string (always present).
    pub workspace_id: String,
}

/// The `phone_session_provider_session` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhoneSessionProviderSession {
    /// `acs_credentials`: a list of [`PhoneSessionProviderSessionAcsCredential`](crate::resources::PhoneSessionProviderSessionAcsCredential) (always present).
    #[serde(default)]
    pub acs_credentials: Vec<crate::resources::PhoneSessionProviderSessionAcsCredential>,
    /// `phone_registration`: a [`PhoneSessionProviderSessionPhoneRegistration`](crate::resources::PhoneSessionProviderSessionPhoneRegistration) (always present).
    pub phone_registration: crate::resources::PhoneSessionProviderSessionPhoneRegistration,
}

/// The `phone_session_provider_session_acs_credential` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhoneSessionProviderSessionAcsCredential {
    /// `access_method`: a [`AccessMode`](crate::resources::AccessMode) (always present).
    pub access_method: crate::resources::AccessMode,
    /// `acs_credential_id`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acs_credential_id: Option<String>,
    /// `acs_credential_pool_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acs_credential_pool_id: Option<crate::Uuid>,
    /// `acs_entrances`: a list of [`PhoneSessionProviderSessionAcsCredentialAcsEntrance`](crate::resources::PhoneSessionProviderSessionAcsCredentialAcsEntrance) (always present).
    #[serde(default)]
    pub acs_entrances: Vec<crate::resources::PhoneSessionProviderSessionAcsCredentialAcsEntrance>,
    /// `acs_system_id`: an id (UUID) (always present).
    pub acs_system_id: crate::Uuid,
    /// `acs_user_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acs_user_id: Option<crate::Uuid>,
    /// `assa_abloy_vostio_metadata`: a [`PhoneSessionProviderSessionAcsCredentialAssaAbloyVostioMetadata`](crate::resources::PhoneSessionProviderSessionAcsCredentialAssaAbloyVostioMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assa_abloy_vostio_metadata:
        Option<crate::resources::PhoneSessionProviderSessionAcsCredentialAssaAbloyVostioMetadata>,
    /// `card_number`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_number: Option<String>,
    /// `code`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `display_name`: a string (always present).
    pub display_name: String,
    /// `ends_at`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<String>,
    /// `errors`: a list of [`PhoneSessionProviderSessionAcsCredentialError`](crate::resources::PhoneSessionProviderSessionAcsCredentialError) (always present).
    #[serde(default)]
    pub errors: Vec<crate::resources::PhoneSessionProviderSessionAcsCredentialError>,
    /// `external_type`: a [`AcsCredentialExternalType`](crate::resources::AcsCredentialExternalType) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_type: Option<crate::resources::AcsCredentialExternalType>,
    /// `external_type_display_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_type_display_name: Option<String>,
    /// `is_issued`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_issued: Option<bool>,
    /// `is_latest_desired_state_synced_with_provider`: a boolean (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_latest_desired_state_synced_with_provider: Option<bool>,
    /// `is_managed`: a boolean (always present).
    pub is_managed: bool,
    /// `is_multi_phone_sync_credential`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_multi_phone_sync_credential: Option<bool>,
    /// `is_one_time_use`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_one_time_use: Option<bool>,
    /// `issued_at`: a timestamp (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued_at: Option<crate::Timestamp>,
    /// `latest_desired_state_synced_with_provider_at`: a timestamp (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest_desired_state_synced_with_provider_at: Option<crate::Timestamp>,
    /// `parent_acs_credential_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_acs_credential_id: Option<crate::Uuid>,
    /// `starts_at`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<String>,
    /// `user_identity_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_identity_id: Option<crate::Uuid>,
    /// `visionline_metadata`: a [`PhoneSessionProviderSessionAcsCredentialVisionlineMetadata`](crate::resources::PhoneSessionProviderSessionAcsCredentialVisionlineMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visionline_metadata:
        Option<crate::resources::PhoneSessionProviderSessionAcsCredentialVisionlineMetadata>,
    /// `warnings`: a list of [`PhoneSessionProviderSessionAcsCredentialWarning`](crate::resources::PhoneSessionProviderSessionAcsCredentialWarning) (always present).
    #[serde(default)]
    pub warnings: Vec<crate::resources::PhoneSessionProviderSessionAcsCredentialWarning>,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

/// The `phone_session_provider_session_acs_credential_acs_entrance` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhoneSessionProviderSessionAcsCredentialAcsEntrance {
    /// `acs_entrance_id`: an id (UUID) (always present).
    pub acs_entrance_id: crate::Uuid,
    /// `acs_system_id`: an id (UUID) (always present).
    pub acs_system_id: crate::Uuid,
    /// `assa_abloy_vostio_metadata`: a [`PhoneSessionProviderSessionAcsCredentialAcsEntranceAssaAbloyVostioMetadata`](crate::resources::PhoneSessionProviderSessionAcsCredentialAcsEntranceAssaAbloyVostioMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assa_abloy_vostio_metadata: Option<crate::resources::PhoneSessionProviderSessionAcsCredentialAcsEntranceAssaAbloyVostioMetadata>,
    /// `avigilon_alta_metadata`: a [`PhoneSessionProviderSessionAcsCredentialAcsEntranceAvigilonAltaMetadata`](crate::resources::PhoneSessionProviderSessionAcsCredentialAcsEntranceAvigilonAltaMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avigilon_alta_metadata: Option<crate::resources::PhoneSessionProviderSessionAcsCredentialAcsEntranceAvigilonAltaMetadata>,
    /// `brivo_metadata`: a [`PhoneSessionProviderSessionAcsCredentialAcsEntranceBrivoMetadata`](crate::resources::PhoneSessionProviderSessionAcsCredentialAcsEntranceBrivoMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brivo_metadata: Option<crate::resources::PhoneSessionProviderSessionAcsCredentialAcsEntranceBrivoMetadata>,
    /// `can_belong_to_reservation`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_belong_to_reservation: Option<bool>,
    /// `can_unlock_with_card`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_unlock_with_card: Option<bool>,
    /// `can_unlock_with_cloud_key`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_unlock_with_cloud_key: Option<bool>,
    /// `can_unlock_with_code`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_unlock_with_code: Option<bool>,
    /// `can_unlock_with_mobile_key`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_unlock_with_mobile_key: Option<bool>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `display_name`: a string (always present).
    pub display_name: String,
    /// `dormakaba_ambiance_metadata`: a [`PhoneSessionProviderSessionAcsCredentialAcsEntranceDormakabaAmbianceMetadata`](crate::resources::PhoneSessionProviderSessionAcsCredentialAcsEntranceDormakabaAmbianceMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dormakaba_ambiance_metadata: Option<crate::resources::PhoneSessionProviderSessionAcsCredentialAcsEntranceDormakabaAmbianceMetadata>,
    /// `dormakaba_community_metadata`: a [`PhoneSessionProviderSessionAcsCredentialAcsEntranceDormakabaCommunityMetadata`](crate::resources::PhoneSessionProviderSessionAcsCredentialAcsEntranceDormakabaCommunityMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dormakaba_community_metadata: Option<crate::resources::PhoneSessionProviderSessionAcsCredentialAcsEntranceDormakabaCommunityMetadata>,
    /// `errors`: a list of [`PhoneSessionProviderSessionAcsCredentialAcsEntranceError`](crate::resources::PhoneSessionProviderSessionAcsCredentialAcsEntranceError) (always present).
    #[serde(default)]
    pub errors: Vec<crate::resources::PhoneSessionProviderSessionAcsCredentialAcsEntranceError>,
    /// `hotek_metadata`: a [`PhoneSessionProviderSessionAcsCredentialAcsEntranceHotekMetadata`](crate::resources::PhoneSessionProviderSessionAcsCredentialAcsEntranceHotekMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hotek_metadata: Option<crate::resources::PhoneSessionProviderSessionAcsCredentialAcsEntranceHotekMetadata>,
    /// `is_locked`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_locked: Option<bool>,
    /// `latch_metadata`: a [`PhoneSessionProviderSessionAcsCredentialAcsEntranceLatchMetadata`](crate::resources::PhoneSessionProviderSessionAcsCredentialAcsEntranceLatchMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latch_metadata: Option<crate::resources::PhoneSessionProviderSessionAcsCredentialAcsEntranceLatchMetadata>,
    /// `salto_ks_metadata`: a [`PhoneSessionProviderSessionAcsCredentialAcsEntranceSaltoKsMetadata`](crate::resources::PhoneSessionProviderSessionAcsCredentialAcsEntranceSaltoKsMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salto_ks_metadata: Option<crate::resources::PhoneSessionProviderSessionAcsCredentialAcsEntranceSaltoKsMetadata>,
    /// `salto_space_metadata`: a [`PhoneSessionProviderSessionAcsCredentialAcsEntranceSaltoSpaceMetadata`](crate::resources::PhoneSessionProviderSessionAcsCredentialAcsEntranceSaltoSpaceMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salto_space_metadata: Option<crate::resources::PhoneSessionProviderSessionAcsCredentialAcsEntranceSaltoSpaceMetadata>,
    /// `space_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub space_ids: Vec<crate::Uuid>,
    /// `visionline_metadata`: a [`PhoneSessionProviderSessionAcsCredentialAcsEntranceVisionlineMetadata`](crate::resources::PhoneSessionProviderSessionAcsCredentialAcsEntranceVisionlineMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visionline_metadata: Option<crate::resources::PhoneSessionProviderSessionAcsCredentialAcsEntranceVisionlineMetadata>,
    /// `warnings`: a list of [`PhoneSessionProviderSessionAcsCredentialAcsEntranceWarning`](crate::resources::PhoneSessionProviderSessionAcsCredentialAcsEntranceWarning) (always present).
    #[serde(default)]
    pub warnings: Vec<crate::resources::PhoneSessionProviderSessionAcsCredentialAcsEntranceWarning>,
}

/// The `phone_session_provider_session_acs_credential_acs_entrance_assa_abloy_vostio_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhoneSessionProviderSessionAcsCredentialAcsEntranceAssaAbloyVostioMetadata {
    /// `door_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub door_name: Option<String>,
    /// `door_number`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub door_number: Option<f64>,
    /// `door_type`: a [`AcsEntranceAssaAbloyVostioMetadataDoorType`](crate::resources::AcsEntranceAssaAbloyVostioMetadataDoorType) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub door_type: Option<crate::resources::AcsEntranceAssaAbloyVostioMetadataDoorType>,
    /// `pms_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pms_id: Option<String>,
    /// `stand_open`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stand_open: Option<bool>,
}

/// The `phone_session_provider_session_acs_credential_acs_entrance_avigilon_alta_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhoneSessionProviderSessionAcsCredentialAcsEntranceAvigilonAltaMetadata {
    /// `entry_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry_name: Option<String>,
    /// `entry_relays_total_count`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry_relays_total_count: Option<f64>,
    /// `org_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_name: Option<String>,
    /// `site_id`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_id: Option<f64>,
    /// `site_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_name: Option<String>,
    /// `zone_id`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone_id: Option<f64>,
    /// `zone_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone_name: Option<String>,
}

/// The `phone_session_provider_session_acs_credential_acs_entrance_brivo_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhoneSessionProviderSessionAcsCredentialAcsEntranceBrivoMetadata {
    /// `access_point_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_point_id: Option<String>,
    /// `site_id`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_id: Option<f64>,
    /// `site_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_name: Option<String>,
}

/// The `phone_session_provider_session_acs_credential_acs_entrance_dormakaba_ambiance_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhoneSessionProviderSessionAcsCredentialAcsEntranceDormakabaAmbianceMetadata {
    /// `access_point_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_point_name: Option<String>,
}

/// The `phone_session_provider_session_acs_credential_acs_entrance_dormakaba_community_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhoneSessionProviderSessionAcsCredentialAcsEntranceDormakabaCommunityMetadata {
    /// `access_point_profile`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_point_profile: Option<String>,
}

/// The `phone_session_provider_session_acs_credential_acs_entrance_error` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhoneSessionProviderSessionAcsCredentialAcsEntranceError {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `error_code`: a string (always present).
    pub error_code: String,
    /// `message`: a string (always present).
    pub message: String,
}

/// The `phone_session_provider_session_acs_credential_acs_entrance_hotek_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhoneSessionProviderSessionAcsCredentialAcsEntranceHotekMetadata {
    /// `common_area_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub common_area_name: Option<String>,
    /// `common_area_number`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub common_area_number: Option<String>,
    /// `room_number`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room_number: Option<String>,
}

/// The `phone_session_provider_session_acs_credential_acs_entrance_latch_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhoneSessionProviderSessionAcsCredentialAcsEntranceLatchMetadata {
    /// `accessibility_type`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accessibility_type: Option<String>,
    /// `door_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub door_name: Option<String>,
    /// `door_type`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub door_type: Option<String>,
    /// `is_connected`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_connected: Option<bool>,
}

/// The `phone_session_provider_session_acs_credential_acs_entrance_salto_ks_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhoneSessionProviderSessionAcsCredentialAcsEntranceSaltoKsMetadata {
    /// `battery_level`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub battery_level: Option<String>,
    /// `door_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub door_name: Option<String>,
    /// `intrusion_alarm`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intrusion_alarm: Option<bool>,
    /// `left_open_alarm`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left_open_alarm: Option<bool>,
    /// `lock_type`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lock_type: Option<String>,
    /// `locked_state`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locked_state: Option<String>,
    /// `online`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub online: Option<bool>,
    /// `privacy_mode`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy_mode: Option<bool>,
}

/// The `phone_session_provider_session_acs_credential_acs_entrance_salto_space_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhoneSessionProviderSessionAcsCredentialAcsEntranceSaltoSpaceMetadata {
    /// `audit_on_keys`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audit_on_keys: Option<bool>,
    /// `door_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub door_description: Option<String>,
    /// `door_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub door_id: Option<String>,
    /// `door_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub door_name: Option<String>,
    /// `room_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room_description: Option<String>,
    /// `room_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room_name: Option<String>,
}

/// The `phone_session_provider_session_acs_credential_acs_entrance_visionline_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhoneSessionProviderSessionAcsCredentialAcsEntranceVisionlineMetadata {
    /// `door_category`: a [`AcsEntranceVisionlineMetadataDoorCategory`](crate::resources::AcsEntranceVisionlineMetadataDoorCategory) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub door_category: Option<crate::resources::AcsEntranceVisionlineMetadataDoorCategory>,
    /// `door_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub door_name: Option<String>,
    /// `profiles`: a list of [`PhoneSessionProviderSessionAcsCredentialAcsEntranceVisionlineMetadataProfile`](crate::resources::PhoneSessionProviderSessionAcsCredentialAcsEntranceVisionlineMetadataProfile) (may be absent).
    #[serde(default)]
    pub profiles: Vec<crate::resources::PhoneSessionProviderSessionAcsCredentialAcsEntranceVisionlineMetadataProfile>,
}

/// The `phone_session_provider_session_acs_credential_acs_entrance_visionline_metadata_profile` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhoneSessionProviderSessionAcsCredentialAcsEntranceVisionlineMetadataProfile {
    /// `visionline_door_profile_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visionline_door_profile_id: Option<String>,
    /// `visionline_door_profile_type`: a [`AcsEntranceVisionlineMetadataProfileVisionlineDoorProfileType`](crate::resources::AcsEntranceVisionlineMetadataProfileVisionlineDoorProfileType) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visionline_door_profile_type:
        Option<crate::resources::AcsEntranceVisionlineMetadataProfileVisionlineDoorProfileType>,
}

seamapi_runtime::tagged_union! {
    /// The `phone_session_provider_session_acs_credential_acs_entrance_warning` object.
    pub enum PhoneSessionProviderSessionAcsCredentialAcsEntranceWarning tag "warning_code" message {
        /// `warning_code` is `salto_ks_entrance_access_code_support_removed`.
        SaltoKsEntranceAccessCodeSupportRemoved("salto_ks_entrance_access_code_support_removed") => PhoneSessionProviderSessionAcsCredentialAcsEntranceWarningSaltoKsEntranceAccessCodeSupportRemoved,
        /// `warning_code` is `entrance_shares_zone`.
        EntranceSharesZone("entrance_shares_zone") => PhoneSessionProviderSessionAcsCredentialAcsEntranceWarningEntranceSharesZone,
        /// `warning_code` is `entrance_setup_required`.
        EntranceSetupRequired("entrance_setup_required") => PhoneSessionProviderSessionAcsCredentialAcsEntranceWarningEntranceSetupRequired,
        /// `warning_code` is `salto_ks_privacy_mode`.
        SaltoKsPrivacyMode("salto_ks_privacy_mode") => PhoneSessionProviderSessionAcsCredentialAcsEntranceWarningSaltoKsPrivacyMode,
        /// `warning_code` is `privacy_mode`.
        PrivacyMode("privacy_mode") => PhoneSessionProviderSessionAcsCredentialAcsEntranceWarningPrivacyMode,
    }
}

/// A `PhoneSessionProviderSessionAcsCredentialAcsEntranceWarning` whose `warning_code` is `entrance_setup_required`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhoneSessionProviderSessionAcsCredentialAcsEntranceWarningEntranceSetupRequired {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

/// A `PhoneSessionProviderSessionAcsCredentialAcsEntranceWarning` whose `warning_code` is `entrance_shares_zone`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhoneSessionProviderSessionAcsCredentialAcsEntranceWarningEntranceSharesZone {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

/// A `PhoneSessionProviderSessionAcsCredentialAcsEntranceWarning` whose `warning_code` is `privacy_mode`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhoneSessionProviderSessionAcsCredentialAcsEntranceWarningPrivacyMode {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

/// A `PhoneSessionProviderSessionAcsCredentialAcsEntranceWarning` whose `warning_code` is `salto_ks_entrance_access_code_support_removed`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhoneSessionProviderSessionAcsCredentialAcsEntranceWarningSaltoKsEntranceAccessCodeSupportRemoved
{
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

/// A `PhoneSessionProviderSessionAcsCredentialAcsEntranceWarning` whose `warning_code` is `salto_ks_privacy_mode`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhoneSessionProviderSessionAcsCredentialAcsEntranceWarningSaltoKsPrivacyMode {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

/// The `phone_session_provider_session_acs_credential_assa_abloy_vostio_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhoneSessionProviderSessionAcsCredentialAssaAbloyVostioMetadata {
    /// `auto_join`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_join: Option<bool>,
    /// `door_names`: a list of string (may be absent).
    #[serde(default)]
    pub door_names: Vec<String>,
    /// `endpoint_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint_id: Option<String>,
    /// `key_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_id: Option<String>,
    /// `key_issuing_request_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_issuing_request_id: Option<String>,
    /// `override_guest_acs_entrance_ids`: a list of string (may be absent).
    #[serde(default)]
    pub override_guest_acs_entrance_ids: Vec<String>,
}

/// The `phone_session_provider_session_acs_credential_error` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhoneSessionProviderSessionAcsCredentialError {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `error_code`: a string (always present).
    pub error_code: String,
    /// `message`: a string (always present).
    pub message: String,
}

/// The `phone_session_provider_session_acs_credential_visionline_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhoneSessionProviderSessionAcsCredentialVisionlineMetadata {
    /// `auto_join`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_join: Option<bool>,
    /// `card_function_type`: a [`AcsCredentialVisionlineMetadataCardFunctionType`](crate::resources::AcsCredentialVisionlineMetadataCardFunctionType) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_function_type:
        Option<crate::resources::AcsCredentialVisionlineMetadataCardFunctionType>,
    /// `card_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_id: Option<String>,
    /// `common_acs_entrance_ids`: a list of id (UUID) (may be absent).
    #[serde(default)]
    pub common_acs_entrance_ids: Vec<crate::Uuid>,
    /// `credential_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credential_id: Option<String>,
    /// `guest_acs_entrance_ids`: a list of id (UUID) (may be absent).
    #[serde(default)]
    pub guest_acs_entrance_ids: Vec<crate::Uuid>,
    /// `is_valid`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_valid: Option<bool>,
    /// `joiner_acs_credential_ids`: a list of id (UUID) (may be absent).
    #[serde(default)]
    pub joiner_acs_credential_ids: Vec<crate::Uuid>,
}

seamapi_runtime::tagged_union! {
    /// The `phone_session_provider_session_acs_credential_warning` object.
    pub enum PhoneSessionProviderSessionAcsCredentialWarning tag "warning_code" message {
        /// `warning_code` is `waiting_to_be_issued`.
        WaitingToBeIssued("waiting_to_be_issued") => PhoneSessionProviderSessionAcsCredentialWarningWaitingToBeIssued,
        /// `warning_code` is `schedule_externally_modified`.
        ScheduleExternallyModified("schedule_externally_modified") => PhoneSessionProviderSessionAcsCredentialWarningScheduleExternallyModified,
        /// `warning_code` is `schedule_modified`.
        ScheduleModified("schedule_modified") => PhoneSessionProviderSessionAcsCredentialWarningScheduleModified,
        /// `warning_code` is `being_deleted`.
        BeingDeleted("being_deleted") => PhoneSessionProviderSessionAcsCredentialWarningBeingDeleted,
        /// `warning_code` is `unknown_issue_with_acs_credential`.
        UnknownIssueWithAcsCredential("unknown_issue_with_acs_credential") => PhoneSessionProviderSessionAcsCredentialWarningUnknownIssueWithAcsCredential,
        /// `warning_code` is `needs_to_be_reissued`.
        NeedsToBeReissued("needs_to_be_reissued") => PhoneSessionProviderSessionAcsCredentialWarningNeedsToBeReissued,
    }
}

/// A `PhoneSessionProviderSessionAcsCredentialWarning` whose `warning_code` is `being_deleted`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhoneSessionProviderSessionAcsCredentialWarningBeingDeleted {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

/// A `PhoneSessionProviderSessionAcsCredentialWarning` whose `warning_code` is `needs_to_be_reissued`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhoneSessionProviderSessionAcsCredentialWarningNeedsToBeReissued {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

/// A `PhoneSessionProviderSessionAcsCredentialWarning` whose `warning_code` is `schedule_externally_modified`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhoneSessionProviderSessionAcsCredentialWarningScheduleExternallyModified {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

/// A `PhoneSessionProviderSessionAcsCredentialWarning` whose `warning_code` is `schedule_modified`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhoneSessionProviderSessionAcsCredentialWarningScheduleModified {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

/// A `PhoneSessionProviderSessionAcsCredentialWarning` whose `warning_code` is `unknown_issue_with_acs_credential`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhoneSessionProviderSessionAcsCredentialWarningUnknownIssueWithAcsCredential {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

/// A `PhoneSessionProviderSessionAcsCredentialWarning` whose `warning_code` is `waiting_to_be_issued`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhoneSessionProviderSessionAcsCredentialWarningWaitingToBeIssued {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

/// The `phone_session_provider_session_phone_registration` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhoneSessionProviderSessionPhoneRegistration {
    /// `is_being_activated`: a boolean (always present).
    pub is_being_activated: bool,
    /// `phone_registration_id`: a string (always present).
    pub phone_registration_id: String,
    /// `provider_name`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_name: Option<String>,
    /// `provider_state`: any JSON value (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_state: Option<::serde_json::Value>,
}

/// The `phone_session_user_identity` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhoneSessionUserIdentity {
    /// `acs_user_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub acs_user_ids: Vec<crate::Uuid>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `display_name`: a string (always present).
    pub display_name: String,
    /// `email_address`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// `errors`: a list of [`PhoneSessionUserIdentityError`](crate::resources::PhoneSessionUserIdentityError) (always present).
    #[serde(default)]
    pub errors: Vec<crate::resources::PhoneSessionUserIdentityError>,
    /// `full_name`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    /// `phone_number`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// `user_identity_id`: an id (UUID) (always present).
    pub user_identity_id: crate::Uuid,
    /// `user_identity_key`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_identity_key: Option<String>,
    /// `warnings`: a list of [`PhoneSessionUserIdentityWarning`](crate::resources::PhoneSessionUserIdentityWarning) (always present).
    #[serde(default)]
    pub warnings: Vec<crate::resources::PhoneSessionUserIdentityWarning>,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

seamapi_runtime::tagged_union! {
    /// The `phone_session_user_identity_error` object.
    pub enum PhoneSessionUserIdentityError tag "error_code" message {
        /// `error_code` is `issue_with_acs_user`.
        IssueWithAcsUser("issue_with_acs_user") => PhoneSessionUserIdentityErrorIssueWithAcsUser,
    }
}

/// A `PhoneSessionUserIdentityError` whose `error_code` is `issue_with_acs_user`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhoneSessionUserIdentityErrorIssueWithAcsUser {
    /// `acs_system_id`: an id (UUID) (always present).
    pub acs_system_id: crate::Uuid,
    /// `acs_user_id`: an id (UUID) (always present).
    pub acs_user_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

seamapi_runtime::tagged_union! {
    /// The `phone_session_user_identity_warning` object.
    pub enum PhoneSessionUserIdentityWarning tag "warning_code" message {
        /// `warning_code` is `being_deleted`.
        BeingDeleted("being_deleted") => PhoneSessionUserIdentityWarningBeingDeleted,
        /// `warning_code` is `acs_user_profile_does_not_match_user_identity`.
        AcsUserProfileDoesNotMatchUserIdentity("acs_user_profile_does_not_match_user_identity") => PhoneSessionUserIdentityWarningAcsUserProfileDoesNotMatchUserIdentity,
    }
}

/// A `PhoneSessionUserIdentityWarning` whose `warning_code` is `acs_user_profile_does_not_match_user_identity`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhoneSessionUserIdentityWarningAcsUserProfileDoesNotMatchUserIdentity {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

/// A `PhoneSessionUserIdentityWarning` whose `warning_code` is `being_deleted`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhoneSessionUserIdentityWarningBeingDeleted {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-phones")]
/// The `phone_warning` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhoneWarning {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `warning_code`: a string (always present).
    pub warning_code: String,
}

#[cfg(feature = "api-devices")]
seamapi_runtime::string_enum! {
    /// The values of `list_device_providers_provider_category`, `device_provider_provider_category`.
    pub enum ProviderCategory {
        /// `stable`.
        Stable => "stable",
        /// `consumer_smartlocks`.
        ConsumerSmartlocks => "consumer_smartlocks",
        /// `beta`.
        Beta => "beta",
        /// `thermostats`.
        Thermostats => "thermostats",
        /// `noise_sensors`.
        NoiseSensors => "noise_sensors",
        /// `access_control_systems`.
        AccessControlSystems => "access_control_systems",
        /// `cameras`.
        Cameras => "cameras",
        /// `connectors`.
        Connectors => "connectors",
    }
}

#[cfg(feature = "api-events")]
seamapi_runtime::tagged_union! {
    /// The `event` resource.
    pub enum SeamEvent tag "event_type" {
        /// `event_type` is `access_code.created`.
        AccessCodeCreated("access_code.created") => SeamEventAccessCodeCreated,
        /// `event_type` is `access_code.changed`.
        AccessCodeChanged("access_code.changed") => SeamEventAccessCodeChanged,
        /// `event_type` is `access_code.name_changed`.
        AccessCodeNameChanged("access_code.name_changed") => SeamEventAccessCodeNameChanged,
        /// `event_type` is `access_code.code_changed`.
        AccessCodeCodeChanged("access_code.code_changed") => SeamEventAccessCodeCodeChanged,
        /// `event_type` is `access_code.time_frame_changed`.
        AccessCodeTimeFrameChanged("access_code.time_frame_changed") => SeamEventAccessCodeTimeFrameChanged,
        /// `event_type` is `access_code.mutations_requested`.
        AccessCodeMutationsRequested("access_code.mutations_requested") => SeamEventAccessCodeMutationsRequested,
        /// `event_type` is `access_code.scheduled_on_device`.
        AccessCodeScheduledOnDevice("access_code.scheduled_on_device") => SeamEventAccessCodeScheduledOnDevice,
        /// `event_type` is `access_code.set_on_device`.
        AccessCodeSetOnDevice("access_code.set_on_device") => SeamEventAccessCodeSetOnDevice,
        /// `event_type` is `access_code.removed_from_device`.
        AccessCodeRemovedFromDevice("access_code.removed_from_device") => SeamEventAccessCodeRemovedFromDevice,
        /// `event_type` is `access_code.delay_in_setting_on_device`.
        AccessCodeDelayInSettingOnDevice("access_code.delay_in_setting_on_device") => SeamEventAccessCodeDelayInSettingOnDevice,
        /// `event_type` is `access_code.failed_to_set_on_device`.
        AccessCodeFailedToSetOnDevice("access_code.failed_to_set_on_device") => SeamEventAccessCodeFailedToSetOnDevice,
        /// `event_type` is `access_code.deleted`.
        AccessCodeDeleted("access_code.deleted") => SeamEventAccessCodeDeleted,
        /// `event_type` is `access_code.delay_in_removing_from_device`.
        AccessCodeDelayInRemovingFromDevice("access_code.delay_in_removing_from_device") => SeamEventAccessCodeDelayInRemovingFromDevice,
        /// `event_type` is `access_code.failed_to_remove_from_device`.
        AccessCodeFailedToRemoveFromDevice("access_code.failed_to_remove_from_device") => SeamEventAccessCodeFailedToRemoveFromDevice,
        /// `event_type` is `access_code.modified_external_to_seam`.
        AccessCodeModifiedExternalToSeam("access_code.modified_external_to_seam") => SeamEventAccessCodeModifiedExternalToSeam,
        /// `event_type` is `access_code.deleted_external_to_seam`.
        AccessCodeDeletedExternalToSeam("access_code.deleted_external_to_seam") => SeamEventAccessCodeDeletedExternalToSeam,
        /// `event_type` is `access_code.backup_access_code_pulled`.
        AccessCodeBackupAccessCodePulled("access_code.backup_access_code_pulled") => SeamEventAccessCodeBackupAccessCodePulled,
        /// `event_type` is `access_code.unmanaged.converted_to_managed`.
        AccessCodeUnmanagedConvertedToManaged("access_code.unmanaged.converted_to_managed") => SeamEventAccessCodeUnmanagedConvertedToManaged,
        /// `event_type` is `access_code.unmanaged.failed_to_convert_to_managed`.
        AccessCodeUnmanagedFailedToConvertToManaged("access_code.unmanaged.failed_to_convert_to_managed") => SeamEventAccessCodeUnmanagedFailedToConvertToManaged,
        /// `event_type` is `access_code.unmanaged.created`.
        AccessCodeUnmanagedCreated("access_code.unmanaged.created") => SeamEventAccessCodeUnmanagedCreated,
        /// `event_type` is `access_code.unmanaged.removed`.
        AccessCodeUnmanagedRemoved("access_code.unmanaged.removed") => SeamEventAccessCodeUnmanagedRemoved,
        /// `event_type` is `access_grant.created`.
        AccessGrantCreated("access_grant.created") => SeamEventAccessGrantCreated,
        /// `event_type` is `access_grant.deleted`.
        AccessGrantDeleted("access_grant.deleted") => SeamEventAccessGrantDeleted,
        /// `event_type` is `access_grant.access_granted_to_all_doors`.
        AccessGrantAccessGrantedToAllDoors("access_grant.access_granted_to_all_doors") => SeamEventAccessGrantAccessGrantedToAllDoors,
        /// `event_type` is `access_grant.access_granted_to_door`.
        AccessGrantAccessGrantedToDoor("access_grant.access_granted_to_door") => SeamEventAccessGrantAccessGrantedToDoor,
        /// `event_type` is `access_grant.access_to_door_lost`.
        AccessGrantAccessToDoorLost("access_grant.access_to_door_lost") => SeamEventAccessGrantAccessToDoorLost,
        /// `event_type` is `access_grant.access_times_changed`.
        AccessGrantAccessTimesChanged("access_grant.access_times_changed") => SeamEventAccessGrantAccessTimesChanged,
        /// `event_type` is `access_grant.could_not_create_requested_access_methods`.
        AccessGrantCouldNotCreateRequestedAccessMethods("access_grant.could_not_create_requested_access_methods") => SeamEventAccessGrantCouldNotCreateRequestedAccessMethods,
        /// `event_type` is `access_method.issued`.
        AccessMethodIssued("access_method.issued") => SeamEventAccessMethodIssued,
        /// `event_type` is `access_method.revoked`.
        AccessMethodRevoked("access_method.revoked") => SeamEventAccessMethodRevoked,
        /// `event_type` is `access_method.card_encoding_required`.
        AccessMethodCardEncodingRequired("access_method.card_encoding_required") => SeamEventAccessMethodCardEncodingRequired,
        /// `event_type` is `access_method.deleted`.
        AccessMethodDeleted("access_method.deleted") => SeamEventAccessMethodDeleted,
        /// `event_type` is `access_method.reissued`.
        AccessMethodReissued("access_method.reissued") => SeamEventAccessMethodReissued,
        /// `event_type` is `access_method.created`.
        AccessMethodCreated("access_method.created") => SeamEventAccessMethodCreated,
        /// `event_type` is `access_method.delay_in_issuing`.
        AccessMethodDelayInIssuing("access_method.delay_in_issuing") => SeamEventAccessMethodDelayInIssuing,
        /// `event_type` is `access_method.failed_to_issue`.
        AccessMethodFailedToIssue("access_method.failed_to_issue") => SeamEventAccessMethodFailedToIssue,
        /// `event_type` is `acs_system.connected`.
        AcsSystemConnected("acs_system.connected") => SeamEventAcsSystemConnected,
        /// `event_type` is `acs_system.added`.
        AcsSystemAdded("acs_system.added") => SeamEventAcsSystemAdded,
        /// `event_type` is `acs_system.disconnected`.
        AcsSystemDisconnected("acs_system.disconnected") => SeamEventAcsSystemDisconnected,
        /// `event_type` is `acs_credential.deleted`.
        AcsCredentialDeleted("acs_credential.deleted") => SeamEventAcsCredentialDeleted,
        /// `event_type` is `acs_credential.issued`.
        AcsCredentialIssued("acs_credential.issued") => SeamEventAcsCredentialIssued,
        /// `event_type` is `acs_credential.reissued`.
        AcsCredentialReissued("acs_credential.reissued") => SeamEventAcsCredentialReissued,
        /// `event_type` is `acs_credential.invalidated`.
        AcsCredentialInvalidated("acs_credential.invalidated") => SeamEventAcsCredentialInvalidated,
        /// `event_type` is `acs_user.created`.
        AcsUserCreated("acs_user.created") => SeamEventAcsUserCreated,
        /// `event_type` is `acs_user.deleted`.
        AcsUserDeleted("acs_user.deleted") => SeamEventAcsUserDeleted,
        /// `event_type` is `acs_encoder.added`.
        AcsEncoderAdded("acs_encoder.added") => SeamEventAcsEncoderAdded,
        /// `event_type` is `acs_encoder.removed`.
        AcsEncoderRemoved("acs_encoder.removed") => SeamEventAcsEncoderRemoved,
        /// `event_type` is `acs_access_group.deleted`.
        AcsAccessGroupDeleted("acs_access_group.deleted") => SeamEventAcsAccessGroupDeleted,
        /// `event_type` is `acs_entrance.added`.
        AcsEntranceAdded("acs_entrance.added") => SeamEventAcsEntranceAdded,
        /// `event_type` is `acs_entrance.removed`.
        AcsEntranceRemoved("acs_entrance.removed") => SeamEventAcsEntranceRemoved,
        /// `event_type` is `client_session.deleted`.
        ClientSessionDeleted("client_session.deleted") => SeamEventClientSessionDeleted,
        /// `event_type` is `connected_account.connected`.
        ConnectedAccountConnected("connected_account.connected") => SeamEventConnectedAccountConnected,
        /// `event_type` is `connected_account.created`.
        ConnectedAccountCreated("connected_account.created") => SeamEventConnectedAccountCreated,
        /// `event_type` is `connected_account.successful_login`.
        ConnectedAccountSuccessfulLogin("connected_account.successful_login") => SeamEventConnectedAccountSuccessfulLogin,
        /// `event_type` is `connected_account.disconnected`.
        ConnectedAccountDisconnected("connected_account.disconnected") => SeamEventConnectedAccountDisconnected,
        /// `event_type` is `connected_account.completed_first_sync`.
        ConnectedAccountCompletedFirstSync("connected_account.completed_first_sync") => SeamEventConnectedAccountCompletedFirstSync,
        /// `event_type` is `connected_account.deleted`.
        ConnectedAccountDeleted("connected_account.deleted") => SeamEventConnectedAccountDeleted,
        /// `event_type` is `connected_account.completed_first_sync_after_reconnection`.
        ConnectedAccountCompletedFirstSyncAfterReconnection("connected_account.completed_first_sync_after_reconnection") => SeamEventConnectedAccountCompletedFirstSyncAfterReconnection,
        /// `event_type` is `connected_account.reauthorization_requested`.
        ConnectedAccountReauthorizationRequested("connected_account.reauthorization_requested") => SeamEventConnectedAccountReauthorizationRequested,
        /// `event_type` is `action_attempt.lock_door.succeeded`.
        ActionAttemptLockDoorSucceeded("action_attempt.lock_door.succeeded") => SeamEventActionAttemptLockDoorSucceeded,
        /// `event_type` is `action_attempt.lock_door.failed`.
        ActionAttemptLockDoorFailed("action_attempt.lock_door.failed") => SeamEventActionAttemptLockDoorFailed,
        /// `event_type` is `action_attempt.unlock_door.succeeded`.
        ActionAttemptUnlockDoorSucceeded("action_attempt.unlock_door.succeeded") => SeamEventActionAttemptUnlockDoorSucceeded,
        /// `event_type` is `action_attempt.unlock_door.failed`.
        ActionAttemptUnlockDoorFailed("action_attempt.unlock_door.failed") => SeamEventActionAttemptUnlockDoorFailed,
        /// `event_type` is `action_attempt.simulate_keypad_code_entry.succeeded`.
        ActionAttemptSimulateKeypadCodeEntrySucceeded("action_attempt.simulate_keypad_code_entry.succeeded") => SeamEventActionAttemptSimulateKeypadCodeEntrySucceeded,
        /// `event_type` is `action_attempt.simulate_keypad_code_entry.failed`.
        ActionAttemptSimulateKeypadCodeEntryFailed("action_attempt.simulate_keypad_code_entry.failed") => SeamEventActionAttemptSimulateKeypadCodeEntryFailed,
        /// `event_type` is `action_attempt.simulate_manual_lock_via_keypad.succeeded`.
        ActionAttemptSimulateManualLockViaKeypadSucceeded("action_attempt.simulate_manual_lock_via_keypad.succeeded") => SeamEventActionAttemptSimulateManualLockViaKeypadSucceeded,
        /// `event_type` is `action_attempt.simulate_manual_lock_via_keypad.failed`.
        ActionAttemptSimulateManualLockViaKeypadFailed("action_attempt.simulate_manual_lock_via_keypad.failed") => SeamEventActionAttemptSimulateManualLockViaKeypadFailed,
        /// `event_type` is `connect_webview.login_succeeded`.
        ConnectWebviewLoginSucceeded("connect_webview.login_succeeded") => SeamEventConnectWebviewLoginSucceeded,
        /// `event_type` is `connect_webview.login_failed`.
        ConnectWebviewLoginFailed("connect_webview.login_failed") => SeamEventConnectWebviewLoginFailed,
        /// `event_type` is `device.connected`.
        DeviceConnected("device.connected") => SeamEventDeviceConnected,
        /// `event_type` is `device.added`.
        DeviceAdded("device.added") => SeamEventDeviceAdded,
        /// `event_type` is `device.converted_to_unmanaged`.
        DeviceConvertedToUnmanaged("device.converted_to_unmanaged") => SeamEventDeviceConvertedToUnmanaged,
        /// `event_type` is `device.unmanaged.converted_to_managed`.
        DeviceUnmanagedConvertedToManaged("device.unmanaged.converted_to_managed") => SeamEventDeviceUnmanagedConvertedToManaged,
        /// `event_type` is `device.unmanaged.connected`.
        DeviceUnmanagedConnected("device.unmanaged.connected") => SeamEventDeviceUnmanagedConnected,
        /// `event_type` is `device.disconnected`.
        DeviceDisconnected("device.disconnected") => SeamEventDeviceDisconnected,
        /// `event_type` is `device.unmanaged.disconnected`.
        DeviceUnmanagedDisconnected("device.unmanaged.disconnected") => SeamEventDeviceUnmanagedDisconnected,
        /// `event_type` is `device.tampered`.
        DeviceTampered("device.tampered") => SeamEventDeviceTampered,
        /// `event_type` is `device.low_battery`.
        DeviceLowBattery("device.low_battery") => SeamEventDeviceLowBattery,
        /// `event_type` is `device.battery_status_changed`.
        DeviceBatteryStatusChanged("device.battery_status_changed") => SeamEventDeviceBatteryStatusChanged,
        /// `event_type` is `device.removed`.
        DeviceRemoved("device.removed") => SeamEventDeviceRemoved,
        /// `event_type` is `device.deleted`.
        DeviceDeleted("device.deleted") => SeamEventDeviceDeleted,
        /// `event_type` is `device.third_party_integration_detected`.
        DeviceThirdPartyIntegrationDetected("device.third_party_integration_detected") => SeamEventDeviceThirdPartyIntegrationDetected,
        /// `event_type` is `device.third_party_integration_no_longer_detected`.
        DeviceThirdPartyIntegrationNoLongerDetected("device.third_party_integration_no_longer_detected") => SeamEventDeviceThirdPartyIntegrationNoLongerDetected,
        /// `event_type` is `device.salto.privacy_mode_activated`.
        DeviceSaltoPrivacyModeActivated("device.salto.privacy_mode_activated") => SeamEventDeviceSaltoPrivacyModeActivated,
        /// `event_type` is `device.salto.privacy_mode_deactivated`.
        DeviceSaltoPrivacyModeDeactivated("device.salto.privacy_mode_deactivated") => SeamEventDeviceSaltoPrivacyModeDeactivated,
        /// `event_type` is `device.connection_became_flaky`.
        DeviceConnectionBecameFlaky("device.connection_became_flaky") => SeamEventDeviceConnectionBecameFlaky,
        /// `event_type` is `device.connection_stabilized`.
        DeviceConnectionStabilized("device.connection_stabilized") => SeamEventDeviceConnectionStabilized,
        /// `event_type` is `device.error.subscription_required`.
        DeviceErrorSubscriptionRequired("device.error.subscription_required") => SeamEventDeviceErrorSubscriptionRequired,
        /// `event_type` is `device.error.subscription_required.resolved`.
        DeviceErrorSubscriptionRequiredResolved("device.error.subscription_required.resolved") => SeamEventDeviceErrorSubscriptionRequiredResolved,
        /// `event_type` is `device.accessory_keypad_connected`.
        DeviceAccessoryKeypadConnected("device.accessory_keypad_connected") => SeamEventDeviceAccessoryKeypadConnected,
        /// `event_type` is `device.accessory_keypad_disconnected`.
        DeviceAccessoryKeypadDisconnected("device.accessory_keypad_disconnected") => SeamEventDeviceAccessoryKeypadDisconnected,
        /// `event_type` is `noise_sensor.noise_threshold_triggered`.
        NoiseSensorNoiseThresholdTriggered("noise_sensor.noise_threshold_triggered") => SeamEventNoiseSensorNoiseThresholdTriggered,
        /// `event_type` is `lock.locked`.
        LockLocked("lock.locked") => SeamEventLockLocked,
        /// `event_type` is `lock.unlocked`.
        LockUnlocked("lock.unlocked") => SeamEventLockUnlocked,
        /// `event_type` is `lock.access_denied`.
        LockAccessDenied("lock.access_denied") => SeamEventLockAccessDenied,
        /// `event_type` is `thermostat.climate_preset_activated`.
        ThermostatClimatePresetActivated("thermostat.climate_preset_activated") => SeamEventThermostatClimatePresetActivated,
        /// `event_type` is `thermostat.manually_adjusted`.
        ThermostatManuallyAdjusted("thermostat.manually_adjusted") => SeamEventThermostatManuallyAdjusted,
        /// `event_type` is `thermostat.temperature_threshold_exceeded`.
        ThermostatTemperatureThresholdExceeded("thermostat.temperature_threshold_exceeded") => SeamEventThermostatTemperatureThresholdExceeded,
        /// `event_type` is `thermostat.temperature_threshold_no_longer_exceeded`.
        ThermostatTemperatureThresholdNoLongerExceeded("thermostat.temperature_threshold_no_longer_exceeded") => SeamEventThermostatTemperatureThresholdNoLongerExceeded,
        /// `event_type` is `thermostat.temperature_reached_set_point`.
        ThermostatTemperatureReachedSetPoint("thermostat.temperature_reached_set_point") => SeamEventThermostatTemperatureReachedSetPoint,
        /// `event_type` is `thermostat.temperature_changed`.
        ThermostatTemperatureChanged("thermostat.temperature_changed") => SeamEventThermostatTemperatureChanged,
        /// `event_type` is `device.name_changed`.
        DeviceNameChanged("device.name_changed") => SeamEventDeviceNameChanged,
        /// `event_type` is `camera.activated`.
        CameraActivated("camera.activated") => SeamEventCameraActivated,
        /// `event_type` is `device.doorbell_rang`.
        DeviceDoorbellRang("device.doorbell_rang") => SeamEventDeviceDoorbellRang,
        /// `event_type` is `enrollment_automation.deleted`.
        EnrollmentAutomationDeleted("enrollment_automation.deleted") => SeamEventEnrollmentAutomationDeleted,
        /// `event_type` is `phone.deactivated`.
        PhoneDeactivated("phone.deactivated") => SeamEventPhoneDeactivated,
        /// `event_type` is `space.device_membership_changed`.
        SpaceDeviceMembershipChanged("space.device_membership_changed") => SeamEventSpaceDeviceMembershipChanged,
        /// `event_type` is `space.created`.
        SpaceCreated("space.created") => SeamEventSpaceCreated,
        /// `event_type` is `space.deleted`.
        SpaceDeleted("space.deleted") => SeamEventSpaceDeleted,
    }
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `access_code.backup_access_code_pulled`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeBackupAccessCodePulled {
    /// `access_code_id`: an id (UUID) (always present).
    pub access_code_id: crate::Uuid,
    /// `backup_access_code_id`: a string (always present).
    pub backup_access_code_id: String,
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `access_code.changed`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeChanged {
    /// `access_code_id`: an id (UUID) (always present).
    pub access_code_id: crate::Uuid,
    /// `change_reason`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_reason: Option<String>,
    /// `changed_properties`: a list of [`SeamEventAccessCodeChangedChangedProperty`](crate::resources::SeamEventAccessCodeChangedChangedProperty) (may be absent).
    #[serde(default)]
    pub changed_properties: Vec<crate::resources::SeamEventAccessCodeChangedChangedProperty>,
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// The `seam_event_access_code_changed_changed_property` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeChangedChangedProperty {
    /// `from`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// `property`: a string (always present).
    pub property: String,
    /// `to`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `access_code.code_changed`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeCodeChanged {
    /// `access_code_id`: an id (UUID) (always present).
    pub access_code_id: crate::Uuid,
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `description`: a string (always present).
    pub description: String,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `from`: a [`SeamEventAccessCodeCodeChangedFrom`](crate::resources::SeamEventAccessCodeCodeChangedFrom) (always present).
    pub from: crate::resources::SeamEventAccessCodeCodeChangedFrom,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `to`: a [`SeamEventAccessCodeCodeChangedTo`](crate::resources::SeamEventAccessCodeCodeChangedTo) (always present).
    pub to: crate::resources::SeamEventAccessCodeCodeChangedTo,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// The `seam_event_access_code_code_changed_from` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeCodeChangedFrom {
    /// `code`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

#[cfg(feature = "api-events")]
/// The `seam_event_access_code_code_changed_to` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeCodeChangedTo {
    /// `code`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `access_code.created`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeCreated {
    /// `access_code_id`: an id (UUID) (always present).
    pub access_code_id: crate::Uuid,
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `access_code.delay_in_removing_from_device`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeDelayInRemovingFromDevice {
    /// `access_code_errors`: a list of [`SeamEventAccessCodeDelayInRemovingFromDeviceAccessCodeError`](crate::resources::SeamEventAccessCodeDelayInRemovingFromDeviceAccessCodeError) (always present).
    #[serde(default)]
    pub access_code_errors:
        Vec<crate::resources::SeamEventAccessCodeDelayInRemovingFromDeviceAccessCodeError>,
    /// `access_code_id`: an id (UUID) (always present).
    pub access_code_id: crate::Uuid,
    /// `access_code_warnings`: a list of [`SeamEventAccessCodeDelayInRemovingFromDeviceAccessCodeWarning`](crate::resources::SeamEventAccessCodeDelayInRemovingFromDeviceAccessCodeWarning) (always present).
    #[serde(default)]
    pub access_code_warnings:
        Vec<crate::resources::SeamEventAccessCodeDelayInRemovingFromDeviceAccessCodeWarning>,
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_errors`: a list of [`SeamEventAccessCodeDelayInRemovingFromDeviceConnectedAccountError`](crate::resources::SeamEventAccessCodeDelayInRemovingFromDeviceConnectedAccountError) (always present).
    #[serde(default)]
    pub connected_account_errors:
        Vec<crate::resources::SeamEventAccessCodeDelayInRemovingFromDeviceConnectedAccountError>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `connected_account_warnings`: a list of [`SeamEventAccessCodeDelayInRemovingFromDeviceConnectedAccountWarning`](crate::resources::SeamEventAccessCodeDelayInRemovingFromDeviceConnectedAccountWarning) (always present).
    #[serde(default)]
    pub connected_account_warnings:
        Vec<crate::resources::SeamEventAccessCodeDelayInRemovingFromDeviceConnectedAccountWarning>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_errors`: a list of [`SeamEventAccessCodeDelayInRemovingFromDeviceDeviceError`](crate::resources::SeamEventAccessCodeDelayInRemovingFromDeviceDeviceError) (always present).
    #[serde(default)]
    pub device_errors:
        Vec<crate::resources::SeamEventAccessCodeDelayInRemovingFromDeviceDeviceError>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `device_warnings`: a list of [`SeamEventAccessCodeDelayInRemovingFromDeviceDeviceWarning`](crate::resources::SeamEventAccessCodeDelayInRemovingFromDeviceDeviceWarning) (always present).
    #[serde(default)]
    pub device_warnings:
        Vec<crate::resources::SeamEventAccessCodeDelayInRemovingFromDeviceDeviceWarning>,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// The `seam_event_access_code_delay_in_removing_from_device_access_code_error` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeDelayInRemovingFromDeviceAccessCodeError {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `error_code`: a string (always present).
    pub error_code: String,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_access_code_delay_in_removing_from_device_access_code_warning` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeDelayInRemovingFromDeviceAccessCodeWarning {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `warning_code`: a string (always present).
    pub warning_code: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_access_code_delay_in_removing_from_device_connected_account_error` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeDelayInRemovingFromDeviceConnectedAccountError {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `error_code`: a string (always present).
    pub error_code: String,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_access_code_delay_in_removing_from_device_connected_account_warning` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeDelayInRemovingFromDeviceConnectedAccountWarning {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `warning_code`: a string (always present).
    pub warning_code: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_access_code_delay_in_removing_from_device_device_error` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeDelayInRemovingFromDeviceDeviceError {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `error_code`: a string (always present).
    pub error_code: String,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_access_code_delay_in_removing_from_device_device_warning` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeDelayInRemovingFromDeviceDeviceWarning {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `warning_code`: a string (always present).
    pub warning_code: String,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `access_code.delay_in_setting_on_device`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeDelayInSettingOnDevice {
    /// `access_code_errors`: a list of [`SeamEventAccessCodeDelayInSettingOnDeviceAccessCodeError`](crate::resources::SeamEventAccessCodeDelayInSettingOnDeviceAccessCodeError) (always present).
    #[serde(default)]
    pub access_code_errors:
        Vec<crate::resources::SeamEventAccessCodeDelayInSettingOnDeviceAccessCodeError>,
    /// `access_code_id`: an id (UUID) (always present).
    pub access_code_id: crate::Uuid,
    /// `access_code_warnings`: a list of [`SeamEventAccessCodeDelayInSettingOnDeviceAccessCodeWarning`](crate::resources::SeamEventAccessCodeDelayInSettingOnDeviceAccessCodeWarning) (always present).
    #[serde(default)]
    pub access_code_warnings:
        Vec<crate::resources::SeamEventAccessCodeDelayInSettingOnDeviceAccessCodeWarning>,
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_errors`: a list of [`SeamEventAccessCodeDelayInSettingOnDeviceConnectedAccountError`](crate::resources::SeamEventAccessCodeDelayInSettingOnDeviceConnectedAccountError) (always present).
    #[serde(default)]
    pub connected_account_errors:
        Vec<crate::resources::SeamEventAccessCodeDelayInSettingOnDeviceConnectedAccountError>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `connected_account_warnings`: a list of [`SeamEventAccessCodeDelayInSettingOnDeviceConnectedAccountWarning`](crate::resources::SeamEventAccessCodeDelayInSettingOnDeviceConnectedAccountWarning) (always present).
    #[serde(default)]
    pub connected_account_warnings:
        Vec<crate::resources::SeamEventAccessCodeDelayInSettingOnDeviceConnectedAccountWarning>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_errors`: a list of [`SeamEventAccessCodeDelayInSettingOnDeviceDeviceError`](crate::resources::SeamEventAccessCodeDelayInSettingOnDeviceDeviceError) (always present).
    #[serde(default)]
    pub device_errors: Vec<crate::resources::SeamEventAccessCodeDelayInSettingOnDeviceDeviceError>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `device_warnings`: a list of [`SeamEventAccessCodeDelayInSettingOnDeviceDeviceWarning`](crate::resources::SeamEventAccessCodeDelayInSettingOnDeviceDeviceWarning) (always present).
    #[serde(default)]
    pub device_warnings:
        Vec<crate::resources::SeamEventAccessCodeDelayInSettingOnDeviceDeviceWarning>,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// The `seam_event_access_code_delay_in_setting_on_device_access_code_error` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeDelayInSettingOnDeviceAccessCodeError {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `error_code`: a string (always present).
    pub error_code: String,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_access_code_delay_in_setting_on_device_access_code_warning` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeDelayInSettingOnDeviceAccessCodeWarning {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `warning_code`: a string (always present).
    pub warning_code: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_access_code_delay_in_setting_on_device_connected_account_error` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeDelayInSettingOnDeviceConnectedAccountError {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `error_code`: a string (always present).
    pub error_code: String,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_access_code_delay_in_setting_on_device_connected_account_warning` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeDelayInSettingOnDeviceConnectedAccountWarning {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `warning_code`: a string (always present).
    pub warning_code: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_access_code_delay_in_setting_on_device_device_error` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeDelayInSettingOnDeviceDeviceError {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `error_code`: a string (always present).
    pub error_code: String,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_access_code_delay_in_setting_on_device_device_warning` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeDelayInSettingOnDeviceDeviceWarning {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `warning_code`: a string (always present).
    pub warning_code: String,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `access_code.deleted`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeDeleted {
    /// `access_code_id`: an id (UUID) (always present).
    pub access_code_id: crate::Uuid,
    /// `code`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `access_code.deleted_external_to_seam`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeDeletedExternalToSeam {
    /// `access_code_id`: an id (UUID) (always present).
    pub access_code_id: crate::Uuid,
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `access_code.failed_to_remove_from_device`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeFailedToRemoveFromDevice {
    /// `access_code_errors`: a list of [`SeamEventAccessCodeFailedToRemoveFromDeviceAccessCodeError`](crate::resources::SeamEventAccessCodeFailedToRemoveFromDeviceAccessCodeError) (always present).
    #[serde(default)]
    pub access_code_errors:
        Vec<crate::resources::SeamEventAccessCodeFailedToRemoveFromDeviceAccessCodeError>,
    /// `access_code_id`: an id (UUID) (always present).
    pub access_code_id: crate::Uuid,
    /// `access_code_warnings`: a list of [`SeamEventAccessCodeFailedToRemoveFromDeviceAccessCodeWarning`](crate::resources::SeamEventAccessCodeFailedToRemoveFromDeviceAccessCodeWarning) (always present).
    #[serde(default)]
    pub access_code_warnings:
        Vec<crate::resources::SeamEventAccessCodeFailedToRemoveFromDeviceAccessCodeWarning>,
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_errors`: a list of [`SeamEventAccessCodeFailedToRemoveFromDeviceConnectedAccountError`](crate::resources::SeamEventAccessCodeFailedToRemoveFromDeviceConnectedAccountError) (always present).
    #[serde(default)]
    pub connected_account_errors:
        Vec<crate::resources::SeamEventAccessCodeFailedToRemoveFromDeviceConnectedAccountError>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `connected_account_warnings`: a list of [`SeamEventAccessCodeFailedToRemoveFromDeviceConnectedAccountWarning`](crate::resources::SeamEventAccessCodeFailedToRemoveFromDeviceConnectedAccountWarning) (always present).
    #[serde(default)]
    pub connected_account_warnings:
        Vec<crate::resources::SeamEventAccessCodeFailedToRemoveFromDeviceConnectedAccountWarning>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_errors`: a list of [`SeamEventAccessCodeFailedToRemoveFromDeviceDeviceError`](crate::resources::SeamEventAccessCodeFailedToRemoveFromDeviceDeviceError) (always present).
    #[serde(default)]
    pub device_errors:
        Vec<crate::resources::SeamEventAccessCodeFailedToRemoveFromDeviceDeviceError>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `device_warnings`: a list of [`SeamEventAccessCodeFailedToRemoveFromDeviceDeviceWarning`](crate::resources::SeamEventAccessCodeFailedToRemoveFromDeviceDeviceWarning) (always present).
    #[serde(default)]
    pub device_warnings:
        Vec<crate::resources::SeamEventAccessCodeFailedToRemoveFromDeviceDeviceWarning>,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// The `seam_event_access_code_failed_to_remove_from_device_access_code_error` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeFailedToRemoveFromDeviceAccessCodeError {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `error_code`: a string (always present).
    pub error_code: String,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_access_code_failed_to_remove_from_device_access_code_warning` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeFailedToRemoveFromDeviceAccessCodeWarning {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `warning_code`: a string (always present).
    pub warning_code: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_access_code_failed_to_remove_from_device_connected_account_error` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeFailedToRemoveFromDeviceConnectedAccountError {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `error_code`: a string (always present).
    pub error_code: String,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_access_code_failed_to_remove_from_device_connected_account_warning` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeFailedToRemoveFromDeviceConnectedAccountWarning {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `warning_code`: a string (always present).
    pub warning_code: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_access_code_failed_to_remove_from_device_device_error` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeFailedToRemoveFromDeviceDeviceError {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `error_code`: a string (always present).
    pub error_code: String,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_access_code_failed_to_remove_from_device_device_warning` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeFailedToRemoveFromDeviceDeviceWarning {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `warning_code`: a string (always present).
    pub warning_code: String,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `access_code.failed_to_set_on_device`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeFailedToSetOnDevice {
    /// `access_code_errors`: a list of [`SeamEventAccessCodeFailedToSetOnDeviceAccessCodeError`](crate::resources::SeamEventAccessCodeFailedToSetOnDeviceAccessCodeError) (always present).
    #[serde(default)]
    pub access_code_errors:
        Vec<crate::resources::SeamEventAccessCodeFailedToSetOnDeviceAccessCodeError>,
    /// `access_code_id`: an id (UUID) (always present).
    pub access_code_id: crate::Uuid,
    /// `access_code_warnings`: a list of [`SeamEventAccessCodeFailedToSetOnDeviceAccessCodeWarning`](crate::resources::SeamEventAccessCodeFailedToSetOnDeviceAccessCodeWarning) (always present).
    #[serde(default)]
    pub access_code_warnings:
        Vec<crate::resources::SeamEventAccessCodeFailedToSetOnDeviceAccessCodeWarning>,
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_errors`: a list of [`SeamEventAccessCodeFailedToSetOnDeviceConnectedAccountError`](crate::resources::SeamEventAccessCodeFailedToSetOnDeviceConnectedAccountError) (always present).
    #[serde(default)]
    pub connected_account_errors:
        Vec<crate::resources::SeamEventAccessCodeFailedToSetOnDeviceConnectedAccountError>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `connected_account_warnings`: a list of [`SeamEventAccessCodeFailedToSetOnDeviceConnectedAccountWarning`](crate::resources::SeamEventAccessCodeFailedToSetOnDeviceConnectedAccountWarning) (always present).
    #[serde(default)]
    pub connected_account_warnings:
        Vec<crate::resources::SeamEventAccessCodeFailedToSetOnDeviceConnectedAccountWarning>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_errors`: a list of [`SeamEventAccessCodeFailedToSetOnDeviceDeviceError`](crate::resources::SeamEventAccessCodeFailedToSetOnDeviceDeviceError) (always present).
    #[serde(default)]
    pub device_errors: Vec<crate::resources::SeamEventAccessCodeFailedToSetOnDeviceDeviceError>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `device_warnings`: a list of [`SeamEventAccessCodeFailedToSetOnDeviceDeviceWarning`](crate::resources::SeamEventAccessCodeFailedToSetOnDeviceDeviceWarning) (always present).
    #[serde(default)]
    pub device_warnings: Vec<crate::resources::SeamEventAccessCodeFailedToSetOnDeviceDeviceWarning>,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// The `seam_event_access_code_failed_to_set_on_device_access_code_error` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeFailedToSetOnDeviceAccessCodeError {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `error_code`: a string (always present).
    pub error_code: String,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_access_code_failed_to_set_on_device_access_code_warning` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeFailedToSetOnDeviceAccessCodeWarning {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `warning_code`: a string (always present).
    pub warning_code: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_access_code_failed_to_set_on_device_connected_account_error` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeFailedToSetOnDeviceConnectedAccountError {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `error_code`: a string (always present).
    pub error_code: String,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_access_code_failed_to_set_on_device_connected_account_warning` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeFailedToSetOnDeviceConnectedAccountWarning {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `warning_code`: a string (always present).
    pub warning_code: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_access_code_failed_to_set_on_device_device_error` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeFailedToSetOnDeviceDeviceError {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `error_code`: a string (always present).
    pub error_code: String,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_access_code_failed_to_set_on_device_device_warning` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeFailedToSetOnDeviceDeviceWarning {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `warning_code`: a string (always present).
    pub warning_code: String,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `access_code.modified_external_to_seam`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeModifiedExternalToSeam {
    /// `access_code_id`: an id (UUID) (always present).
    pub access_code_id: crate::Uuid,
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `access_code.mutations_requested`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeMutationsRequested {
    /// `access_code_id`: an id (UUID) (always present).
    pub access_code_id: crate::Uuid,
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `requested_mutations`: a list of [`SeamEventAccessCodeMutationsRequestedRequestedMutation`](crate::resources::SeamEventAccessCodeMutationsRequestedRequestedMutation) (always present).
    #[serde(default)]
    pub requested_mutations:
        Vec<crate::resources::SeamEventAccessCodeMutationsRequestedRequestedMutation>,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// The `seam_event_access_code_mutations_requested_requested_mutation` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeMutationsRequestedRequestedMutation {
    /// `from`: an object of named values (may be absent).
    #[serde(default)]
    pub from: ::serde_json::Map<String, ::serde_json::Value>,
    /// `mutation_code`: a [`SeamEventAccessCodeMutationsRequestedRequestedMutationMutationCode`](crate::resources::SeamEventAccessCodeMutationsRequestedRequestedMutationMutationCode) (always present).
    pub mutation_code:
        crate::resources::SeamEventAccessCodeMutationsRequestedRequestedMutationMutationCode,
    /// `to`: an object of named values (may be absent).
    #[serde(default)]
    pub to: ::serde_json::Map<String, ::serde_json::Value>,
}

#[cfg(feature = "api-events")]
seamapi_runtime::string_enum! {
    /// The values of `seam_event_access_code_mutations_requested_requested_mutation_mutation_code`.
    pub enum SeamEventAccessCodeMutationsRequestedRequestedMutationMutationCode {
        /// `updating_name`.
        UpdatingName => "updating_name",
        /// `updating_code`.
        UpdatingCode => "updating_code",
        /// `updating_time_frame`.
        UpdatingTimeFrame => "updating_time_frame",
        /// `deleting`.
        Deleting => "deleting",
        /// `creating`.
        Creating => "creating",
        /// `deferring_creation`.
        DeferringCreation => "deferring_creation",
    }
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `access_code.name_changed`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeNameChanged {
    /// `access_code_id`: an id (UUID) (always present).
    pub access_code_id: crate::Uuid,
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `description`: a string (always present).
    pub description: String,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `from`: a [`SeamEventAccessCodeNameChangedFrom`](crate::resources::SeamEventAccessCodeNameChangedFrom) (always present).
    pub from: crate::resources::SeamEventAccessCodeNameChangedFrom,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `to`: a [`SeamEventAccessCodeNameChangedTo`](crate::resources::SeamEventAccessCodeNameChangedTo) (always present).
    pub to: crate::resources::SeamEventAccessCodeNameChangedTo,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// The `seam_event_access_code_name_changed_from` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeNameChangedFrom {
    /// `name`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "api-events")]
/// The `seam_event_access_code_name_changed_to` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeNameChangedTo {
    /// `name`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `access_code.removed_from_device`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeRemovedFromDevice {
    /// `access_code_id`: an id (UUID) (always present).
    pub access_code_id: crate::Uuid,
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `access_code.scheduled_on_device`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeScheduledOnDevice {
    /// `access_code_id`: an id (UUID) (always present).
    pub access_code_id: crate::Uuid,
    /// `code`: a string (always present).
    pub code: String,
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `access_code.set_on_device`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeSetOnDevice {
    /// `access_code_id`: an id (UUID) (always present).
    pub access_code_id: crate::Uuid,
    /// `code`: a string (always present).
    pub code: String,
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `access_code.time_frame_changed`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeTimeFrameChanged {
    /// `access_code_id`: an id (UUID) (always present).
    pub access_code_id: crate::Uuid,
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `description`: a string (always present).
    pub description: String,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `from`: a [`SeamEventAccessCodeTimeFrameChangedFrom`](crate::resources::SeamEventAccessCodeTimeFrameChangedFrom) (always present).
    pub from: crate::resources::SeamEventAccessCodeTimeFrameChangedFrom,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `to`: a [`SeamEventAccessCodeTimeFrameChangedTo`](crate::resources::SeamEventAccessCodeTimeFrameChangedTo) (always present).
    pub to: crate::resources::SeamEventAccessCodeTimeFrameChangedTo,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// The `seam_event_access_code_time_frame_changed_from` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeTimeFrameChangedFrom {
    /// `ends_at`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<String>,
    /// `starts_at`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<String>,
}

#[cfg(feature = "api-events")]
/// The `seam_event_access_code_time_frame_changed_to` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeTimeFrameChangedTo {
    /// `ends_at`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<String>,
    /// `starts_at`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<String>,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `access_code.unmanaged.converted_to_managed`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeUnmanagedConvertedToManaged {
    /// `access_code_id`: an id (UUID) (always present).
    pub access_code_id: crate::Uuid,
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `access_code.unmanaged.created`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeUnmanagedCreated {
    /// `access_code_id`: an id (UUID) (always present).
    pub access_code_id: crate::Uuid,
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `access_code.unmanaged.failed_to_convert_to_managed`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeUnmanagedFailedToConvertToManaged {
    /// `access_code_errors`: a list of [`SeamEventAccessCodeUnmanagedFailedToConvertToManagedAccessCodeError`](crate::resources::SeamEventAccessCodeUnmanagedFailedToConvertToManagedAccessCodeError) (always present).
    #[serde(default)]
    pub access_code_errors: Vec<crate::resources::SeamEventAccessCodeUnmanagedFailedToConvertToManagedAccessCodeError>,
    /// `access_code_id`: an id (UUID) (always present).
    pub access_code_id: crate::Uuid,
    /// `access_code_warnings`: a list of [`SeamEventAccessCodeUnmanagedFailedToConvertToManagedAccessCodeWarning`](crate::resources::SeamEventAccessCodeUnmanagedFailedToConvertToManagedAccessCodeWarning) (always present).
    #[serde(default)]
    pub access_code_warnings: Vec<crate::resources::SeamEventAccessCodeUnmanagedFailedToConvertToManagedAccessCodeWarning>,
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_errors`: a list of [`SeamEventAccessCodeUnmanagedFailedToConvertToManagedConnectedAccountError`](crate::resources::SeamEventAccessCodeUnmanagedFailedToConvertToManagedConnectedAccountError) (always present).
    #[serde(default)]
    pub connected_account_errors: Vec<crate::resources::SeamEventAccessCodeUnmanagedFailedToConvertToManagedConnectedAccountError>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `connected_account_warnings`: a list of [`SeamEventAccessCodeUnmanagedFailedToConvertToManagedConnectedAccountWarning`](crate::resources::SeamEventAccessCodeUnmanagedFailedToConvertToManagedConnectedAccountWarning) (always present).
    #[serde(default)]
    pub connected_account_warnings: Vec<crate::resources::SeamEventAccessCodeUnmanagedFailedToConvertToManagedConnectedAccountWarning>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_errors`: a list of [`SeamEventAccessCodeUnmanagedFailedToConvertToManagedDeviceError`](crate::resources::SeamEventAccessCodeUnmanagedFailedToConvertToManagedDeviceError) (always present).
    #[serde(default)]
    pub device_errors: Vec<crate::resources::SeamEventAccessCodeUnmanagedFailedToConvertToManagedDeviceError>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `device_warnings`: a list of [`SeamEventAccessCodeUnmanagedFailedToConvertToManagedDeviceWarning`](crate::resources::SeamEventAccessCodeUnmanagedFailedToConvertToManagedDeviceWarning) (always present).
    #[serde(default)]
    pub device_warnings: Vec<crate::resources::SeamEventAccessCodeUnmanagedFailedToConvertToManagedDeviceWarning>,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// The `seam_event_access_code_unmanaged_failed_to_convert_to_managed_access_code_error` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeUnmanagedFailedToConvertToManagedAccessCodeError {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `error_code`: a string (always present).
    pub error_code: String,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_access_code_unmanaged_failed_to_convert_to_managed_access_code_warning` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeUnmanagedFailedToConvertToManagedAccessCodeWarning {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `warning_code`: a string (always present).
    pub warning_code: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_access_code_unmanaged_failed_to_convert_to_managed_connected_account_error` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeUnmanagedFailedToConvertToManagedConnectedAccountError {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `error_code`: a string (always present).
    pub error_code: String,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_access_code_unmanaged_failed_to_convert_to_managed_connected_account_warning` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeUnmanagedFailedToConvertToManagedConnectedAccountWarning {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `warning_code`: a string (always present).
    pub warning_code: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_access_code_unmanaged_failed_to_convert_to_managed_device_error` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeUnmanagedFailedToConvertToManagedDeviceError {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `error_code`: a string (always present).
    pub error_code: String,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_access_code_unmanaged_failed_to_convert_to_managed_device_warning` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeUnmanagedFailedToConvertToManagedDeviceWarning {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `warning_code`: a string (always present).
    pub warning_code: String,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `access_code.unmanaged.removed`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessCodeUnmanagedRemoved {
    /// `access_code_id`: an id (UUID) (always present).
    pub access_code_id: crate::Uuid,
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `access_grant.access_granted_to_all_doors`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessGrantAccessGrantedToAllDoors {
    /// `access_grant_id`: an id (UUID) (always present).
    pub access_grant_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `access_grant.access_granted_to_door`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessGrantAccessGrantedToDoor {
    /// `access_grant_id`: an id (UUID) (always present).
    pub access_grant_id: crate::Uuid,
    /// `acs_entrance_id`: an id (UUID) (always present).
    pub acs_entrance_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `access_grant.access_times_changed`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessGrantAccessTimesChanged {
    /// `access_grant_id`: an id (UUID) (always present).
    pub access_grant_id: crate::Uuid,
    /// `access_grant_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_grant_key: Option<String>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `ends_at`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<String>,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `starts_at`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<String>,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `access_grant.access_to_door_lost`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessGrantAccessToDoorLost {
    /// `access_grant_id`: an id (UUID) (always present).
    pub access_grant_id: crate::Uuid,
    /// `acs_entrance_id`: an id (UUID) (always present).
    pub acs_entrance_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `access_grant.could_not_create_requested_access_methods`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessGrantCouldNotCreateRequestedAccessMethods {
    /// `access_grant_id`: an id (UUID) (always present).
    pub access_grant_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `error_message`: a string (always present).
    pub error_message: String,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `missing_device_ids`: a list of id (UUID) (may be absent).
    #[serde(default)]
    pub missing_device_ids: Vec<crate::Uuid>,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `access_grant.created`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessGrantCreated {
    /// `access_grant_id`: an id (UUID) (always present).
    pub access_grant_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `access_grant.deleted`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessGrantDeleted {
    /// `access_grant_id`: an id (UUID) (always present).
    pub access_grant_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `access_method.card_encoding_required`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessMethodCardEncodingRequired {
    /// `access_grant_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub access_grant_ids: Vec<crate::Uuid>,
    /// `access_grant_keys`: a list of string (may be absent).
    #[serde(default)]
    pub access_grant_keys: Vec<String>,
    /// `access_method_id`: an id (UUID) (always present).
    pub access_method_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `access_method.created`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessMethodCreated {
    /// `access_grant_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub access_grant_ids: Vec<crate::Uuid>,
    /// `access_grant_keys`: a list of string (may be absent).
    #[serde(default)]
    pub access_grant_keys: Vec<String>,
    /// `access_method_id`: an id (UUID) (always present).
    pub access_method_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `access_method.delay_in_issuing`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessMethodDelayInIssuing {
    /// `access_grant_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub access_grant_ids: Vec<crate::Uuid>,
    /// `access_grant_keys`: a list of string (may be absent).
    #[serde(default)]
    pub access_grant_keys: Vec<String>,
    /// `access_method_id`: an id (UUID) (always present).
    pub access_method_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `access_method.deleted`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessMethodDeleted {
    /// `access_grant_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub access_grant_ids: Vec<crate::Uuid>,
    /// `access_grant_keys`: a list of string (may be absent).
    #[serde(default)]
    pub access_grant_keys: Vec<String>,
    /// `access_method_id`: an id (UUID) (always present).
    pub access_method_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `access_method.failed_to_issue`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessMethodFailedToIssue {
    /// `access_grant_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub access_grant_ids: Vec<crate::Uuid>,
    /// `access_grant_keys`: a list of string (may be absent).
    #[serde(default)]
    pub access_grant_keys: Vec<String>,
    /// `access_method_id`: an id (UUID) (always present).
    pub access_method_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `access_method.issued`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessMethodIssued {
    /// `access_grant_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub access_grant_ids: Vec<crate::Uuid>,
    /// `access_grant_keys`: a list of string (may be absent).
    #[serde(default)]
    pub access_grant_keys: Vec<String>,
    /// `access_method_id`: an id (UUID) (always present).
    pub access_method_id: crate::Uuid,
    /// `code`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `is_backup_code`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_backup_code: Option<bool>,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `access_method.reissued`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessMethodReissued {
    /// `access_grant_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub access_grant_ids: Vec<crate::Uuid>,
    /// `access_grant_keys`: a list of string (may be absent).
    #[serde(default)]
    pub access_grant_keys: Vec<String>,
    /// `access_method_id`: an id (UUID) (always present).
    pub access_method_id: crate::Uuid,
    /// `code`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `is_backup_code`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_backup_code: Option<bool>,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `access_method.revoked`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAccessMethodRevoked {
    /// `access_grant_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub access_grant_ids: Vec<crate::Uuid>,
    /// `access_grant_keys`: a list of string (may be absent).
    #[serde(default)]
    pub access_grant_keys: Vec<String>,
    /// `access_method_id`: an id (UUID) (always present).
    pub access_method_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `acs_access_group.deleted`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAcsAccessGroupDeleted {
    /// `acs_access_group_id`: an id (UUID) (always present).
    pub acs_access_group_id: crate::Uuid,
    /// `acs_system_id`: an id (UUID) (always present).
    pub acs_system_id: crate::Uuid,
    /// `connected_account_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connected_account_id: Option<crate::Uuid>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `acs_credential.deleted`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAcsCredentialDeleted {
    /// `acs_credential_id`: an id (UUID) (always present).
    pub acs_credential_id: crate::Uuid,
    /// `acs_system_id`: an id (UUID) (always present).
    pub acs_system_id: crate::Uuid,
    /// `connected_account_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connected_account_id: Option<crate::Uuid>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `acs_credential.invalidated`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAcsCredentialInvalidated {
    /// `acs_credential_id`: an id (UUID) (always present).
    pub acs_credential_id: crate::Uuid,
    /// `acs_system_id`: an id (UUID) (always present).
    pub acs_system_id: crate::Uuid,
    /// `connected_account_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connected_account_id: Option<crate::Uuid>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `acs_credential.issued`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAcsCredentialIssued {
    /// `acs_credential_id`: an id (UUID) (always present).
    pub acs_credential_id: crate::Uuid,
    /// `acs_system_id`: an id (UUID) (always present).
    pub acs_system_id: crate::Uuid,
    /// `connected_account_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connected_account_id: Option<crate::Uuid>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `acs_credential.reissued`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAcsCredentialReissued {
    /// `acs_credential_id`: an id (UUID) (always present).
    pub acs_credential_id: crate::Uuid,
    /// `acs_system_id`: an id (UUID) (always present).
    pub acs_system_id: crate::Uuid,
    /// `connected_account_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connected_account_id: Option<crate::Uuid>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `acs_encoder.added`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAcsEncoderAdded {
    /// `acs_encoder_id`: an id (UUID) (always present).
    pub acs_encoder_id: crate::Uuid,
    /// `acs_system_id`: an id (UUID) (always present).
    pub acs_system_id: crate::Uuid,
    /// `connected_account_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connected_account_id: Option<crate::Uuid>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `acs_encoder.removed`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAcsEncoderRemoved {
    /// `acs_encoder_id`: an id (UUID) (always present).
    pub acs_encoder_id: crate::Uuid,
    /// `acs_system_id`: an id (UUID) (always present).
    pub acs_system_id: crate::Uuid,
    /// `connected_account_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connected_account_id: Option<crate::Uuid>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `acs_entrance.added`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAcsEntranceAdded {
    /// `acs_entrance_id`: an id (UUID) (always present).
    pub acs_entrance_id: crate::Uuid,
    /// `acs_system_id`: an id (UUID) (always present).
    pub acs_system_id: crate::Uuid,
    /// `connected_account_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connected_account_id: Option<crate::Uuid>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `acs_entrance.removed`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAcsEntranceRemoved {
    /// `acs_entrance_id`: an id (UUID) (always present).
    pub acs_entrance_id: crate::Uuid,
    /// `acs_system_id`: an id (UUID) (always present).
    pub acs_system_id: crate::Uuid,
    /// `connected_account_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connected_account_id: Option<crate::Uuid>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `acs_system.added`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAcsSystemAdded {
    /// `acs_system_id`: an id (UUID) (always present).
    pub acs_system_id: crate::Uuid,
    /// `connected_account_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connected_account_id: Option<crate::Uuid>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `acs_system.connected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAcsSystemConnected {
    /// `acs_system_id`: an id (UUID) (always present).
    pub acs_system_id: crate::Uuid,
    /// `connected_account_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connected_account_id: Option<crate::Uuid>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `acs_system.disconnected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAcsSystemDisconnected {
    /// `acs_system_errors`: a list of [`SeamEventAcsSystemDisconnectedAcsSystemError`](crate::resources::SeamEventAcsSystemDisconnectedAcsSystemError) (always present).
    #[serde(default)]
    pub acs_system_errors: Vec<crate::resources::SeamEventAcsSystemDisconnectedAcsSystemError>,
    /// `acs_system_id`: an id (UUID) (always present).
    pub acs_system_id: crate::Uuid,
    /// `acs_system_warnings`: a list of [`SeamEventAcsSystemDisconnectedAcsSystemWarning`](crate::resources::SeamEventAcsSystemDisconnectedAcsSystemWarning) (always present).
    #[serde(default)]
    pub acs_system_warnings: Vec<crate::resources::SeamEventAcsSystemDisconnectedAcsSystemWarning>,
    /// `connected_account_errors`: a list of [`SeamEventAcsSystemDisconnectedConnectedAccountError`](crate::resources::SeamEventAcsSystemDisconnectedConnectedAccountError) (always present).
    #[serde(default)]
    pub connected_account_errors:
        Vec<crate::resources::SeamEventAcsSystemDisconnectedConnectedAccountError>,
    /// `connected_account_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connected_account_id: Option<crate::Uuid>,
    /// `connected_account_warnings`: a list of [`SeamEventAcsSystemDisconnectedConnectedAccountWarning`](crate::resources::SeamEventAcsSystemDisconnectedConnectedAccountWarning) (always present).
    #[serde(default)]
    pub connected_account_warnings:
        Vec<crate::resources::SeamEventAcsSystemDisconnectedConnectedAccountWarning>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// The `seam_event_acs_system_disconnected_acs_system_error` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAcsSystemDisconnectedAcsSystemError {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `error_code`: a string (always present).
    pub error_code: String,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_acs_system_disconnected_acs_system_warning` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAcsSystemDisconnectedAcsSystemWarning {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `warning_code`: a string (always present).
    pub warning_code: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_acs_system_disconnected_connected_account_error` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAcsSystemDisconnectedConnectedAccountError {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `error_code`: a string (always present).
    pub error_code: String,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_acs_system_disconnected_connected_account_warning` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAcsSystemDisconnectedConnectedAccountWarning {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `warning_code`: a string (always present).
    pub warning_code: String,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `acs_user.created`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAcsUserCreated {
    /// `acs_system_id`: an id (UUID) (always present).
    pub acs_system_id: crate::Uuid,
    /// `acs_user_id`: an id (UUID) (always present).
    pub acs_user_id: crate::Uuid,
    /// `connected_account_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connected_account_id: Option<crate::Uuid>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `acs_user.deleted`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventAcsUserDeleted {
    /// `acs_system_id`: an id (UUID) (always present).
    pub acs_system_id: crate::Uuid,
    /// `acs_user_id`: an id (UUID) (always present).
    pub acs_user_id: crate::Uuid,
    /// `connected_account_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connected_account_id: Option<crate::Uuid>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `action_attempt.lock_door.failed`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventActionAttemptLockDoorFailed {
    /// `action_attempt_id`: an id (UUID) (always present).
    pub action_attempt_id: crate::Uuid,
    /// `action_type`: a string (always present).
    pub action_type: String,
    /// `connected_account_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connected_account_id: Option<crate::Uuid>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<crate::Uuid>,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `status`: a string (always present).
    pub status: String,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `action_attempt.lock_door.succeeded`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventActionAttemptLockDoorSucceeded {
    /// `action_attempt_id`: an id (UUID) (always present).
    pub action_attempt_id: crate::Uuid,
    /// `action_type`: a string (always present).
    pub action_type: String,
    /// `connected_account_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connected_account_id: Option<crate::Uuid>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<crate::Uuid>,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `status`: a string (always present).
    pub status: String,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `action_attempt.simulate_keypad_code_entry.failed`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventActionAttemptSimulateKeypadCodeEntryFailed {
    /// `action_attempt_id`: an id (UUID) (always present).
    pub action_attempt_id: crate::Uuid,
    /// `action_type`: a string (always present).
    pub action_type: String,
    /// `connected_account_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connected_account_id: Option<crate::Uuid>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<crate::Uuid>,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `status`: a string (always present).
    pub status: String,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `action_attempt.simulate_keypad_code_entry.succeeded`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventActionAttemptSimulateKeypadCodeEntrySucceeded {
    /// `action_attempt_id`: an id (UUID) (always present).
    pub action_attempt_id: crate::Uuid,
    /// `action_type`: a string (always present).
    pub action_type: String,
    /// `connected_account_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connected_account_id: Option<crate::Uuid>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<crate::Uuid>,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `status`: a string (always present).
    pub status: String,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `action_attempt.simulate_manual_lock_via_keypad.failed`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventActionAttemptSimulateManualLockViaKeypadFailed {
    /// `action_attempt_id`: an id (UUID) (always present).
    pub action_attempt_id: crate::Uuid,
    /// `action_type`: a string (always present).
    pub action_type: String,
    /// `connected_account_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connected_account_id: Option<crate::Uuid>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<crate::Uuid>,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `status`: a string (always present).
    pub status: String,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `action_attempt.simulate_manual_lock_via_keypad.succeeded`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventActionAttemptSimulateManualLockViaKeypadSucceeded {
    /// `action_attempt_id`: an id (UUID) (always present).
    pub action_attempt_id: crate::Uuid,
    /// `action_type`: a string (always present).
    pub action_type: String,
    /// `connected_account_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connected_account_id: Option<crate::Uuid>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<crate::Uuid>,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `status`: a string (always present).
    pub status: String,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `action_attempt.unlock_door.failed`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventActionAttemptUnlockDoorFailed {
    /// `action_attempt_id`: an id (UUID) (always present).
    pub action_attempt_id: crate::Uuid,
    /// `action_type`: a string (always present).
    pub action_type: String,
    /// `connected_account_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connected_account_id: Option<crate::Uuid>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<crate::Uuid>,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `status`: a string (always present).
    pub status: String,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `action_attempt.unlock_door.succeeded`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventActionAttemptUnlockDoorSucceeded {
    /// `action_attempt_id`: an id (UUID) (always present).
    pub action_attempt_id: crate::Uuid,
    /// `action_type`: a string (always present).
    pub action_type: String,
    /// `connected_account_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connected_account_id: Option<crate::Uuid>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<crate::Uuid>,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `status`: a string (always present).
    pub status: String,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `camera.activated`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventCameraActivated {
    /// `activation_reason`: a [`SeamEventCameraActivatedActivationReason`](crate::resources::SeamEventCameraActivatedActivationReason) (always present).
    pub activation_reason: crate::resources::SeamEventCameraActivatedActivationReason,
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `image_url`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    /// `motion_sub_type`: a [`SeamEventCameraActivatedMotionSubType`](crate::resources::SeamEventCameraActivatedMotionSubType) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub motion_sub_type: Option<crate::resources::SeamEventCameraActivatedMotionSubType>,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `video_url`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub video_url: Option<String>,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
seamapi_runtime::string_enum! {
    /// The values of `seam_event_camera_activated_activation_reason`.
    pub enum SeamEventCameraActivatedActivationReason {
        /// `motion_detected`.
        MotionDetected => "motion_detected",
    }
}

#[cfg(feature = "api-events")]
seamapi_runtime::string_enum! {
    /// The values of `seam_event_camera_activated_motion_sub_type`.
    pub enum SeamEventCameraActivatedMotionSubType {
        /// `human`.
        Human => "human",
        /// `vehicle`.
        Vehicle => "vehicle",
        /// `package`.
        Package => "package",
        /// `other`.
        OtherValue => "other",
    }
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `client_session.deleted`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventClientSessionDeleted {
    /// `client_session_id`: an id (UUID) (always present).
    pub client_session_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `connect_webview.login_failed`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventConnectWebviewLoginFailed {
    /// `connect_webview_id`: an id (UUID) (always present).
    pub connect_webview_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `connect_webview.login_succeeded`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventConnectWebviewLoginSucceeded {
    /// `connect_webview_id`: an id (UUID) (always present).
    pub connect_webview_id: crate::Uuid,
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `connected_account.completed_first_sync`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventConnectedAccountCompletedFirstSync {
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `connected_account.completed_first_sync_after_reconnection`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventConnectedAccountCompletedFirstSyncAfterReconnection {
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `connected_account.connected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventConnectedAccountConnected {
    /// `connect_webview_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connect_webview_id: Option<crate::Uuid>,
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `connected_account.created`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventConnectedAccountCreated {
    /// `connect_webview_id`: an id (UUID) (always present).
    pub connect_webview_id: crate::Uuid,
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `connected_account.deleted`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventConnectedAccountDeleted {
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `connected_account_type`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connected_account_type: Option<String>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `connected_account.disconnected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventConnectedAccountDisconnected {
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_errors`: a list of [`SeamEventConnectedAccountDisconnectedConnectedAccountError`](crate::resources::SeamEventConnectedAccountDisconnectedConnectedAccountError) (always present).
    #[serde(default)]
    pub connected_account_errors:
        Vec<crate::resources::SeamEventConnectedAccountDisconnectedConnectedAccountError>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `connected_account_warnings`: a list of [`SeamEventConnectedAccountDisconnectedConnectedAccountWarning`](crate::resources::SeamEventConnectedAccountDisconnectedConnectedAccountWarning) (always present).
    #[serde(default)]
    pub connected_account_warnings:
        Vec<crate::resources::SeamEventConnectedAccountDisconnectedConnectedAccountWarning>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// The `seam_event_connected_account_disconnected_connected_account_error` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventConnectedAccountDisconnectedConnectedAccountError {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `error_code`: a string (always present).
    pub error_code: String,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_connected_account_disconnected_connected_account_warning` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventConnectedAccountDisconnectedConnectedAccountWarning {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `warning_code`: a string (always present).
    pub warning_code: String,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `connected_account.reauthorization_requested`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventConnectedAccountReauthorizationRequested {
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_errors`: a list of [`SeamEventConnectedAccountReauthorizationRequestedConnectedAccountError`](crate::resources::SeamEventConnectedAccountReauthorizationRequestedConnectedAccountError) (always present).
    #[serde(default)]
    pub connected_account_errors: Vec<
        crate::resources::SeamEventConnectedAccountReauthorizationRequestedConnectedAccountError,
    >,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `connected_account_warnings`: a list of [`SeamEventConnectedAccountReauthorizationRequestedConnectedAccountWarning`](crate::resources::SeamEventConnectedAccountReauthorizationRequestedConnectedAccountWarning) (always present).
    #[serde(default)]
    pub connected_account_warnings: Vec<
        crate::resources::SeamEventConnectedAccountReauthorizationRequestedConnectedAccountWarning,
    >,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// The `seam_event_connected_account_reauthorization_requested_connected_account_error` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventConnectedAccountReauthorizationRequestedConnectedAccountError {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `error_code`: a string (always present).
    pub error_code: String,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_connected_account_reauthorization_requested_connected_account_warning` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventConnectedAccountReauthorizationRequestedConnectedAccountWarning {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `warning_code`: a string (always present).
    pub warning_code: String,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `connected_account.successful_login`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventConnectedAccountSuccessfulLogin {
    /// `connect_webview_id`: an id (UUID) (always present).
    pub connect_webview_id: crate::Uuid,
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `device.accessory_keypad_connected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceAccessoryKeypadConnected {
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `device.accessory_keypad_disconnected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceAccessoryKeypadDisconnected {
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_errors`: a list of [`SeamEventDeviceAccessoryKeypadDisconnectedConnectedAccountError`](crate::resources::SeamEventDeviceAccessoryKeypadDisconnectedConnectedAccountError) (always present).
    #[serde(default)]
    pub connected_account_errors:
        Vec<crate::resources::SeamEventDeviceAccessoryKeypadDisconnectedConnectedAccountError>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `connected_account_warnings`: a list of [`SeamEventDeviceAccessoryKeypadDisconnectedConnectedAccountWarning`](crate::resources::SeamEventDeviceAccessoryKeypadDisconnectedConnectedAccountWarning) (always present).
    #[serde(default)]
    pub connected_account_warnings:
        Vec<crate::resources::SeamEventDeviceAccessoryKeypadDisconnectedConnectedAccountWarning>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_errors`: a list of [`SeamEventDeviceAccessoryKeypadDisconnectedDeviceError`](crate::resources::SeamEventDeviceAccessoryKeypadDisconnectedDeviceError) (always present).
    #[serde(default)]
    pub device_errors: Vec<crate::resources::SeamEventDeviceAccessoryKeypadDisconnectedDeviceError>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `device_warnings`: a list of [`SeamEventDeviceAccessoryKeypadDisconnectedDeviceWarning`](crate::resources::SeamEventDeviceAccessoryKeypadDisconnectedDeviceWarning) (always present).
    #[serde(default)]
    pub device_warnings:
        Vec<crate::resources::SeamEventDeviceAccessoryKeypadDisconnectedDeviceWarning>,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// The `seam_event_device_accessory_keypad_disconnected_connected_account_error` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceAccessoryKeypadDisconnectedConnectedAccountError {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `error_code`: a string (always present).
    pub error_code: String,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_device_accessory_keypad_disconnected_connected_account_warning` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceAccessoryKeypadDisconnectedConnectedAccountWarning {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `warning_code`: a string (always present).
    pub warning_code: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_device_accessory_keypad_disconnected_device_error` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceAccessoryKeypadDisconnectedDeviceError {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `error_code`: a string (always present).
    pub error_code: String,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_device_accessory_keypad_disconnected_device_warning` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceAccessoryKeypadDisconnectedDeviceWarning {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `warning_code`: a string (always present).
    pub warning_code: String,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `device.added`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceAdded {
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `device.battery_status_changed`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceBatteryStatusChanged {
    /// `battery_level`: a number (always present).
    pub battery_level: f64,
    /// `battery_status`: a [`BatteryStatus`](crate::resources::BatteryStatus) (always present).
    pub battery_status: crate::resources::BatteryStatus,
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `device.connected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceConnected {
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `device.connection_became_flaky`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceConnectionBecameFlaky {
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_errors`: a list of [`SeamEventDeviceConnectionBecameFlakyConnectedAccountError`](crate::resources::SeamEventDeviceConnectionBecameFlakyConnectedAccountError) (always present).
    #[serde(default)]
    pub connected_account_errors:
        Vec<crate::resources::SeamEventDeviceConnectionBecameFlakyConnectedAccountError>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `connected_account_warnings`: a list of [`SeamEventDeviceConnectionBecameFlakyConnectedAccountWarning`](crate::resources::SeamEventDeviceConnectionBecameFlakyConnectedAccountWarning) (always present).
    #[serde(default)]
    pub connected_account_warnings:
        Vec<crate::resources::SeamEventDeviceConnectionBecameFlakyConnectedAccountWarning>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_errors`: a list of [`SeamEventDeviceConnectionBecameFlakyDeviceError`](crate::resources::SeamEventDeviceConnectionBecameFlakyDeviceError) (always present).
    #[serde(default)]
    pub device_errors: Vec<crate::resources::SeamEventDeviceConnectionBecameFlakyDeviceError>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `device_warnings`: a list of [`SeamEventDeviceConnectionBecameFlakyDeviceWarning`](crate::resources::SeamEventDeviceConnectionBecameFlakyDeviceWarning) (always present).
    #[serde(default)]
    pub device_warnings: Vec<crate::resources::SeamEventDeviceConnectionBecameFlakyDeviceWarning>,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// The `seam_event_device_connection_became_flaky_connected_account_error` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceConnectionBecameFlakyConnectedAccountError {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `error_code`: a string (always present).
    pub error_code: String,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_device_connection_became_flaky_connected_account_warning` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceConnectionBecameFlakyConnectedAccountWarning {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `warning_code`: a string (always present).
    pub warning_code: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_device_connection_became_flaky_device_error` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceConnectionBecameFlakyDeviceError {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `error_code`: a string (always present).
    pub error_code: String,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_device_connection_became_flaky_device_warning` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceConnectionBecameFlakyDeviceWarning {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `warning_code`: a string (always present).
    pub warning_code: String,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `device.connection_stabilized`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceConnectionStabilized {
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `device.converted_to_unmanaged`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceConvertedToUnmanaged {
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `device.deleted`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceDeleted {
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `device_name`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `device.disconnected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceDisconnected {
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_errors`: a list of [`SeamEventDeviceDisconnectedConnectedAccountError`](crate::resources::SeamEventDeviceDisconnectedConnectedAccountError) (always present).
    #[serde(default)]
    pub connected_account_errors:
        Vec<crate::resources::SeamEventDeviceDisconnectedConnectedAccountError>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `connected_account_warnings`: a list of [`SeamEventDeviceDisconnectedConnectedAccountWarning`](crate::resources::SeamEventDeviceDisconnectedConnectedAccountWarning) (always present).
    #[serde(default)]
    pub connected_account_warnings:
        Vec<crate::resources::SeamEventDeviceDisconnectedConnectedAccountWarning>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_errors`: a list of [`SeamEventDeviceDisconnectedDeviceError`](crate::resources::SeamEventDeviceDisconnectedDeviceError) (always present).
    #[serde(default)]
    pub device_errors: Vec<crate::resources::SeamEventDeviceDisconnectedDeviceError>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `device_warnings`: a list of [`SeamEventDeviceDisconnectedDeviceWarning`](crate::resources::SeamEventDeviceDisconnectedDeviceWarning) (always present).
    #[serde(default)]
    pub device_warnings: Vec<crate::resources::SeamEventDeviceDisconnectedDeviceWarning>,
    /// `error_code`: a [`DisconnectedErrorCode`](crate::resources::DisconnectedErrorCode) (always present).
    pub error_code: crate::resources::DisconnectedErrorCode,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// The `seam_event_device_disconnected_connected_account_error` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceDisconnectedConnectedAccountError {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `error_code`: a string (always present).
    pub error_code: String,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_device_disconnected_connected_account_warning` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceDisconnectedConnectedAccountWarning {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `warning_code`: a string (always present).
    pub warning_code: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_device_disconnected_device_error` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceDisconnectedDeviceError {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `error_code`: a string (always present).
    pub error_code: String,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_device_disconnected_device_warning` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceDisconnectedDeviceWarning {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `warning_code`: a string (always present).
    pub warning_code: String,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `device.doorbell_rang`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceDoorbellRang {
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `image_url`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `video_url`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub video_url: Option<String>,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `device.error.subscription_required`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceErrorSubscriptionRequired {
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_errors`: a list of [`SeamEventDeviceErrorSubscriptionRequiredConnectedAccountError`](crate::resources::SeamEventDeviceErrorSubscriptionRequiredConnectedAccountError) (always present).
    #[serde(default)]
    pub connected_account_errors:
        Vec<crate::resources::SeamEventDeviceErrorSubscriptionRequiredConnectedAccountError>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `connected_account_warnings`: a list of [`SeamEventDeviceErrorSubscriptionRequiredConnectedAccountWarning`](crate::resources::SeamEventDeviceErrorSubscriptionRequiredConnectedAccountWarning) (always present).
    #[serde(default)]
    pub connected_account_warnings:
        Vec<crate::resources::SeamEventDeviceErrorSubscriptionRequiredConnectedAccountWarning>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_errors`: a list of [`SeamEventDeviceErrorSubscriptionRequiredDeviceError`](crate::resources::SeamEventDeviceErrorSubscriptionRequiredDeviceError) (always present).
    #[serde(default)]
    pub device_errors: Vec<crate::resources::SeamEventDeviceErrorSubscriptionRequiredDeviceError>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `device_warnings`: a list of [`SeamEventDeviceErrorSubscriptionRequiredDeviceWarning`](crate::resources::SeamEventDeviceErrorSubscriptionRequiredDeviceWarning) (always present).
    #[serde(default)]
    pub device_warnings:
        Vec<crate::resources::SeamEventDeviceErrorSubscriptionRequiredDeviceWarning>,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// The `seam_event_device_error_subscription_required_connected_account_error` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceErrorSubscriptionRequiredConnectedAccountError {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `error_code`: a string (always present).
    pub error_code: String,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_device_error_subscription_required_connected_account_warning` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceErrorSubscriptionRequiredConnectedAccountWarning {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `warning_code`: a string (always present).
    pub warning_code: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_device_error_subscription_required_device_error` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceErrorSubscriptionRequiredDeviceError {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `error_code`: a string (always present).
    pub error_code: String,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_device_error_subscription_required_device_warning` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceErrorSubscriptionRequiredDeviceWarning {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `warning_code`: a string (always present).
    pub warning_code: String,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `device.error.subscription_required.resolved`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceErrorSubscriptionRequiredResolved {
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `device.low_battery`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceLowBattery {
    /// `battery_level`: a number (always present).
    pub battery_level: f64,
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `device.name_changed`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceNameChanged {
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `device_name`: a string (always present).
    pub device_name: String,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `device.removed`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceRemoved {
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `device.salto.privacy_mode_activated`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceSaltoPrivacyModeActivated {
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `device.salto.privacy_mode_deactivated`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceSaltoPrivacyModeDeactivated {
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `device.tampered`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceTampered {
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `device.third_party_integration_detected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceThirdPartyIntegrationDetected {
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `device.third_party_integration_no_longer_detected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceThirdPartyIntegrationNoLongerDetected {
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `device.unmanaged.connected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceUnmanagedConnected {
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `device.unmanaged.converted_to_managed`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceUnmanagedConvertedToManaged {
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `device.unmanaged.disconnected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceUnmanagedDisconnected {
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_errors`: a list of [`SeamEventDeviceUnmanagedDisconnectedConnectedAccountError`](crate::resources::SeamEventDeviceUnmanagedDisconnectedConnectedAccountError) (always present).
    #[serde(default)]
    pub connected_account_errors:
        Vec<crate::resources::SeamEventDeviceUnmanagedDisconnectedConnectedAccountError>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `connected_account_warnings`: a list of [`SeamEventDeviceUnmanagedDisconnectedConnectedAccountWarning`](crate::resources::SeamEventDeviceUnmanagedDisconnectedConnectedAccountWarning) (always present).
    #[serde(default)]
    pub connected_account_warnings:
        Vec<crate::resources::SeamEventDeviceUnmanagedDisconnectedConnectedAccountWarning>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_errors`: a list of [`SeamEventDeviceUnmanagedDisconnectedDeviceError`](crate::resources::SeamEventDeviceUnmanagedDisconnectedDeviceError) (always present).
    #[serde(default)]
    pub device_errors: Vec<crate::resources::SeamEventDeviceUnmanagedDisconnectedDeviceError>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `device_warnings`: a list of [`SeamEventDeviceUnmanagedDisconnectedDeviceWarning`](crate::resources::SeamEventDeviceUnmanagedDisconnectedDeviceWarning) (always present).
    #[serde(default)]
    pub device_warnings: Vec<crate::resources::SeamEventDeviceUnmanagedDisconnectedDeviceWarning>,
    /// `error_code`: a [`DisconnectedErrorCode`](crate::resources::DisconnectedErrorCode) (always present).
    pub error_code: crate::resources::DisconnectedErrorCode,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// The `seam_event_device_unmanaged_disconnected_connected_account_error` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceUnmanagedDisconnectedConnectedAccountError {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `error_code`: a string (always present).
    pub error_code: String,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_device_unmanaged_disconnected_connected_account_warning` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceUnmanagedDisconnectedConnectedAccountWarning {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `warning_code`: a string (always present).
    pub warning_code: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_device_unmanaged_disconnected_device_error` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceUnmanagedDisconnectedDeviceError {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `error_code`: a string (always present).
    pub error_code: String,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-events")]
/// The `seam_event_device_unmanaged_disconnected_device_warning` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventDeviceUnmanagedDisconnectedDeviceWarning {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `warning_code`: a string (always present).
    pub warning_code: String,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `enrollment_automation.deleted`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventEnrollmentAutomationDeleted {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `enrollment_automation_id`: an id (UUID) (always present).
    pub enrollment_automation_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `lock.access_denied`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventLockAccessDenied {
    /// `access_code_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_code_id: Option<crate::Uuid>,
    /// `acs_entrance_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acs_entrance_id: Option<crate::Uuid>,
    /// `acs_system_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acs_system_id: Option<crate::Uuid>,
    /// `acs_user_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acs_user_id: Option<crate::Uuid>,
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<crate::Uuid>,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `reason`: a [`SeamEventLockAccessDeniedReason`](crate::resources::SeamEventLockAccessDeniedReason) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<crate::resources::SeamEventLockAccessDeniedReason>,
    /// `user_identity_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_identity_id: Option<crate::Uuid>,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// The `seam_event_lock_access_denied_reason` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventLockAccessDeniedReason {
    /// `message`: a string (always present).
    pub message: String,
    /// `reason_code`: a [`SeamEventLockAccessDeniedReasonReasonCode`](crate::resources::SeamEventLockAccessDeniedReasonReasonCode) (always present).
    pub reason_code: crate::resources::SeamEventLockAccessDeniedReasonReasonCode,
}

#[cfg(feature = "api-events")]
seamapi_runtime::string_enum! {
    /// The values of `seam_event_lock_access_denied_reason_reason_code`.
    pub enum SeamEventLockAccessDeniedReasonReasonCode {
        /// `unknown_code`.
        UnknownCode => "unknown_code",
        /// `expired_code`.
        ExpiredCode => "expired_code",
        /// `blocklisted_code`.
        BlocklistedCode => "blocklisted_code",
        /// `too_many_attempts`.
        TooManyAttempts => "too_many_attempts",
        /// `blocked_by_privacy_mode`.
        BlockedByPrivacyMode => "blocked_by_privacy_mode",
        /// `credential_error`.
        CredentialError => "credential_error",
    }
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `lock.locked`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventLockLocked {
    /// `access_code_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_code_id: Option<crate::Uuid>,
    /// `access_code_is_managed`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_code_is_managed: Option<bool>,
    /// `acs_entrance_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acs_entrance_id: Option<crate::Uuid>,
    /// `acs_system_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acs_system_id: Option<crate::Uuid>,
    /// `acs_user_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acs_user_id: Option<crate::Uuid>,
    /// `action_attempt_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action_attempt_id: Option<crate::Uuid>,
    /// `code`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `is_via_bluetooth`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_via_bluetooth: Option<bool>,
    /// `is_via_nfc`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_via_nfc: Option<bool>,
    /// `method`: a [`SeamEventLockLockedMethod`](crate::resources::SeamEventLockLockedMethod) (always present).
    pub method: crate::resources::SeamEventLockLockedMethod,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `user_identity_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_identity_id: Option<crate::Uuid>,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
seamapi_runtime::string_enum! {
    /// The values of `seam_event_lock_locked_method`.
    pub enum SeamEventLockLockedMethod {
        /// `keycode`.
        Keycode => "keycode",
        /// `manual`.
        Manual => "manual",
        /// `automatic`.
        Automatic => "automatic",
        /// `unknown`.
        Unknown => "unknown",
        /// `remote`.
        Remote => "remote",
        /// `card`.
        Card => "card",
    }
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `lock.unlocked`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventLockUnlocked {
    /// `access_code_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_code_id: Option<crate::Uuid>,
    /// `access_code_is_managed`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_code_is_managed: Option<bool>,
    /// `acs_entrance_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acs_entrance_id: Option<crate::Uuid>,
    /// `acs_system_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acs_system_id: Option<crate::Uuid>,
    /// `acs_user_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acs_user_id: Option<crate::Uuid>,
    /// `action_attempt_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action_attempt_id: Option<crate::Uuid>,
    /// `code`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<crate::Uuid>,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `is_via_bluetooth`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_via_bluetooth: Option<bool>,
    /// `is_via_nfc`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_via_nfc: Option<bool>,
    /// `method`: a [`SeamEventLockUnlockedMethod`](crate::resources::SeamEventLockUnlockedMethod) (always present).
    pub method: crate::resources::SeamEventLockUnlockedMethod,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `user_identity_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_identity_id: Option<crate::Uuid>,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
seamapi_runtime::string_enum! {
    /// The values of `seam_event_lock_unlocked_method`.
    pub enum SeamEventLockUnlockedMethod {
        /// `keycode`.
        Keycode => "keycode",
        /// `manual`.
        Manual => "manual",
        /// `automatic`.
        Automatic => "automatic",
        /// `unknown`.
        Unknown => "unknown",
        /// `remote`.
        Remote => "remote",
        /// `card`.
        Card => "card",
    }
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `noise_sensor.noise_threshold_triggered`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventNoiseSensorNoiseThresholdTriggered {
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `minut_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub minut_metadata: ::serde_json::Map<String, ::serde_json::Value>,
    /// `noise_level_decibels`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub noise_level_decibels: Option<f64>,
    /// `noise_level_nrs`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub noise_level_nrs: Option<f64>,
    /// `noise_threshold_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub noise_threshold_id: Option<crate::Uuid>,
    /// `noise_threshold_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub noise_threshold_name: Option<String>,
    /// `noiseaware_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub noiseaware_metadata: ::serde_json::Map<String, ::serde_json::Value>,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `phone.deactivated`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventPhoneDeactivated {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `space.created`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventSpaceCreated {
    /// `acs_entrance_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub acs_entrance_ids: Vec<crate::Uuid>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub device_ids: Vec<crate::Uuid>,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `space_id`: an id (UUID) (always present).
    pub space_id: crate::Uuid,
    /// `space_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub space_key: Option<String>,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `space.deleted`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventSpaceDeleted {
    /// `acs_entrance_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub acs_entrance_ids: Vec<crate::Uuid>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub device_ids: Vec<crate::Uuid>,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `space_id`: an id (UUID) (always present).
    pub space_id: crate::Uuid,
    /// `space_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub space_key: Option<String>,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `space.device_membership_changed`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventSpaceDeviceMembershipChanged {
    /// `acs_entrance_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub acs_entrance_ids: Vec<crate::Uuid>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub device_ids: Vec<crate::Uuid>,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `space_id`: an id (UUID) (always present).
    pub space_id: crate::Uuid,
    /// `space_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub space_key: Option<String>,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `thermostat.climate_preset_activated`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventThermostatClimatePresetActivated {
    /// `climate_preset_key`: a string (always present).
    pub climate_preset_key: String,
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `is_fallback_climate_preset`: a boolean (always present).
    pub is_fallback_climate_preset: bool,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `thermostat_schedule_id`: an id (UUID) (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thermostat_schedule_id: Option<crate::Uuid>,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `thermostat.manually_adjusted`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventThermostatManuallyAdjusted {
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `cooling_set_point_celsius`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cooling_set_point_celsius: Option<f64>,
    /// `cooling_set_point_fahrenheit`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cooling_set_point_fahrenheit: Option<f64>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `fan_mode_setting`: a [`FanModeSetting`](crate::resources::FanModeSetting) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fan_mode_setting: Option<crate::resources::FanModeSetting>,
    /// `heating_set_point_celsius`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heating_set_point_celsius: Option<f64>,
    /// `heating_set_point_fahrenheit`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heating_set_point_fahrenheit: Option<f64>,
    /// `hvac_mode_setting`: a [`HvacModeSetting`](crate::resources::HvacModeSetting) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hvac_mode_setting: Option<crate::resources::HvacModeSetting>,
    /// `method`: a [`SeamEventThermostatManuallyAdjustedMethod`](crate::resources::SeamEventThermostatManuallyAdjustedMethod) (always present).
    pub method: crate::resources::SeamEventThermostatManuallyAdjustedMethod,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
seamapi_runtime::string_enum! {
    /// The values of `seam_event_thermostat_manually_adjusted_method`.
    pub enum SeamEventThermostatManuallyAdjustedMethod {
        /// `seam`.
        Seam => "seam",
        /// `external`.
        External => "external",
    }
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `thermostat.temperature_changed`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventThermostatTemperatureChanged {
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `temperature_celsius`: a number (always present).
    pub temperature_celsius: f64,
    /// `temperature_fahrenheit`: a number (always present).
    pub temperature_fahrenheit: f64,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `thermostat.temperature_reached_set_point`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventThermostatTemperatureReachedSetPoint {
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `desired_temperature_celsius`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub desired_temperature_celsius: Option<f64>,
    /// `desired_temperature_fahrenheit`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub desired_temperature_fahrenheit: Option<f64>,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `temperature_celsius`: a number (always present).
    pub temperature_celsius: f64,
    /// `temperature_fahrenheit`: a number (always present).
    pub temperature_fahrenheit: f64,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `thermostat.temperature_threshold_exceeded`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventThermostatTemperatureThresholdExceeded {
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `lower_limit_celsius`: a number (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lower_limit_celsius: Option<f64>,
    /// `lower_limit_fahrenheit`: a number (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lower_limit_fahrenheit: Option<f64>,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `temperature_celsius`: a number (always present).
    pub temperature_celsius: f64,
    /// `temperature_fahrenheit`: a number (always present).
    pub temperature_fahrenheit: f64,
    /// `upper_limit_celsius`: a number (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upper_limit_celsius: Option<f64>,
    /// `upper_limit_fahrenheit`: a number (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upper_limit_fahrenheit: Option<f64>,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-events")]
/// A `SeamEvent` whose `event_type` is `thermostat.temperature_threshold_no_longer_exceeded`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SeamEventThermostatTemperatureThresholdNoLongerExceeded {
    /// `connected_account_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub connected_account_custom_metadata:
        ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `device_custom_metadata`: an object of named values (may be absent).
    #[serde(default)]
    pub device_custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `event_description`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_description: Option<String>,
    /// `event_id`: an id (UUID) (always present).
    pub event_id: crate::Uuid,
    /// `lower_limit_celsius`: a number (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lower_limit_celsius: Option<f64>,
    /// `lower_limit_fahrenheit`: a number (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lower_limit_fahrenheit: Option<f64>,
    /// `occurred_at`: a timestamp (always present).
    pub occurred_at: crate::Timestamp,
    /// `temperature_celsius`: a number (always present).
    pub temperature_celsius: f64,
    /// `temperature_fahrenheit`: a number (always present).
    pub temperature_fahrenheit: f64,
    /// `upper_limit_celsius`: a number (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upper_limit_celsius: Option<f64>,
    /// `upper_limit_fahrenheit`: a number (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upper_limit_fahrenheit: Option<f64>,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-spaces"
))]
/// The `space` resource.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct Space {
    /// `acs_entrance_count`: a number (always present).
    pub acs_entrance_count: f64,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `customer_data`: a [`SpaceCustomerData`](crate::resources::SpaceCustomerData) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_data: Option<crate::resources::SpaceCustomerData>,
    /// `customer_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_key: Option<String>,
    /// `device_count`: a number (always present).
    pub device_count: f64,
    /// `display_name`: a string (always present).
    pub display_name: String,
    /// `geolocation`: a [`SpaceGeolocation`](crate::resources::SpaceGeolocation) (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geolocation: Option<crate::resources::SpaceGeolocation>,
    /// `name`: a string (always present).
    pub name: String,
    /// `parent_space_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_space_id: Option<crate::Uuid>,
    /// `parent_space_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_space_key: Option<String>,
    /// `space_id`: an id (UUID) (always present).
    pub space_id: crate::Uuid,
    /// `space_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub space_key: Option<String>,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-spaces"
))]
/// The `space_customer_data` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SpaceCustomerData {
    /// `address`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// `default_checkin_time`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_checkin_time: Option<String>,
    /// `default_checkout_time`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_checkout_time: Option<String>,
    /// `time_zone`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
}

#[cfg(any(
    feature = "api-access-grants",
    feature = "api-access-methods",
    feature = "api-spaces"
))]
/// The `space_geolocation` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct SpaceGeolocation {
    /// `latitude`: a number (always present).
    pub latitude: f64,
    /// `longitude`: a number (always present).
    pub longitude: f64,
}

/// The `staff_member` resource.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct StaffMember {
    /// `building_keys`: a list of string (may be absent).
    #[serde(default)]
    pub building_keys: Vec<String>,
    /// `common_area_keys`: a list of string (may be absent).
    #[serde(default)]
    pub common_area_keys: Vec<String>,
    /// `email_address`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// `facility_keys`: a list of string (may be absent).
    #[serde(default)]
    pub facility_keys: Vec<String>,
    /// `listing_keys`: a list of string (may be absent).
    #[serde(default)]
    pub listing_keys: Vec<String>,
    /// `name`: a string (always present).
    pub name: String,
    /// `phone_number`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// `property_keys`: a list of string (may be absent).
    #[serde(default)]
    pub property_keys: Vec<String>,
    /// `property_listing_keys`: a list of string (may be absent).
    #[serde(default)]
    pub property_listing_keys: Vec<String>,
    /// `room_keys`: a list of string (may be absent).
    #[serde(default)]
    pub room_keys: Vec<String>,
    /// `site_keys`: a list of string (may be absent).
    #[serde(default)]
    pub site_keys: Vec<String>,
    /// `space_keys`: a list of string (may be absent).
    #[serde(default)]
    pub space_keys: Vec<String>,
    /// `staff_member_key`: a string (always present).
    pub staff_member_key: String,
    /// `unit_keys`: a list of string (may be absent).
    #[serde(default)]
    pub unit_keys: Vec<String>,
}

#[cfg(feature = "api-thermostats")]
/// The `thermostat_daily_program` resource.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct ThermostatDailyProgram {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `name`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `periods`: a list of [`ThermostatDailyProgramPeriod`](crate::resources::ThermostatDailyProgramPeriod) (always present).
    #[serde(default)]
    pub periods: Vec<crate::resources::ThermostatDailyProgramPeriod>,
    /// `thermostat_daily_program_id`: an id (UUID) (always present).
    pub thermostat_daily_program_id: crate::Uuid,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-thermostats")]
/// The `thermostat_daily_program_period` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct ThermostatDailyProgramPeriod {
    /// `climate_preset_key`: a string (always present).
    pub climate_preset_key: String,
    /// `starts_at_time`: a string (always present).
    pub starts_at_time: String,
}

#[cfg(feature = "api-thermostats")]
/// The `thermostat_schedule` resource.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct ThermostatSchedule {
    /// `climate_preset_key`: a string (always present).
    pub climate_preset_key: String,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `ends_at`: a timestamp (always present).
    pub ends_at: crate::Timestamp,
    /// `errors`: a list of [`ThermostatScheduleError`](crate::resources::ThermostatScheduleError) (always present).
    #[serde(default)]
    pub errors: Vec<crate::resources::ThermostatScheduleError>,
    /// `is_override_allowed`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_override_allowed: Option<bool>,
    /// `max_override_period_minutes`: an integer (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_override_period_minutes: Option<i64>,
    /// `name`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `starts_at`: a timestamp (always present).
    pub starts_at: crate::Timestamp,
    /// `thermostat_schedule_id`: an id (UUID) (always present).
    pub thermostat_schedule_id: crate::Uuid,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-thermostats")]
/// The `thermostat_schedule_error` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct ThermostatScheduleError {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `error_code`: a string (always present).
    pub error_code: String,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// The `unmanaged_access_code` resource.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessCode {
    /// `access_code_id`: an id (UUID) (always present).
    pub access_code_id: crate::Uuid,
    /// `cannot_be_managed`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cannot_be_managed: Option<bool>,
    /// `cannot_delete_unmanaged_access_code`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cannot_delete_unmanaged_access_code: Option<bool>,
    /// `code`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `dormakaba_oracode_metadata`: a [`UnmanagedAccessCodeDormakabaOracodeMetadata`](crate::resources::UnmanagedAccessCodeDormakabaOracodeMetadata) (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dormakaba_oracode_metadata:
        Option<crate::resources::UnmanagedAccessCodeDormakabaOracodeMetadata>,
    /// `ends_at`: a timestamp (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<crate::Timestamp>,
    /// `errors`: a list of [`UnmanagedAccessCodeError`](crate::resources::UnmanagedAccessCodeError) (always present).
    #[serde(default)]
    pub errors: Vec<crate::resources::UnmanagedAccessCodeError>,
    /// `is_managed`: a boolean (always present).
    pub is_managed: bool,
    /// `name`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `starts_at`: a timestamp (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<crate::Timestamp>,
    /// `status`: a [`UnmanagedAccessCodeStatus`](crate::resources::UnmanagedAccessCodeStatus) (always present).
    pub status: crate::resources::UnmanagedAccessCodeStatus,
    /// `type`: a [`AccessCodeType`](crate::resources::AccessCodeType) (always present).
    pub r#type: crate::resources::AccessCodeType,
    /// `warnings`: a list of [`UnmanagedAccessCodeWarning`](crate::resources::UnmanagedAccessCodeWarning) (always present).
    #[serde(default)]
    pub warnings: Vec<crate::resources::UnmanagedAccessCodeWarning>,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-access-codes")]
/// The `unmanaged_access_code_dormakaba_oracode_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessCodeDormakabaOracodeMetadata {
    /// `is_cancellable`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_cancellable: Option<bool>,
    /// `is_early_checkin_able`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_early_checkin_able: Option<bool>,
    /// `is_extendable`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_extendable: Option<bool>,
    /// `is_overridable`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_overridable: Option<bool>,
    /// `site_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_name: Option<String>,
    /// `stay_id`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stay_id: Option<f64>,
    /// `user_level_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_level_id: Option<String>,
    /// `user_level_name`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_level_name: Option<String>,
}

#[cfg(feature = "api-access-codes")]
seamapi_runtime::tagged_union! {
    /// The `unmanaged_access_code_error` object.
    pub enum UnmanagedAccessCodeError tag "error_code" message {
        /// `error_code` is `provider_issue`.
        ProviderIssue("provider_issue") => UnmanagedAccessCodeErrorProviderIssue,
        /// `error_code` is `failed_to_set_on_device`.
        FailedToSetOnDevice("failed_to_set_on_device") => UnmanagedAccessCodeErrorFailedToSetOnDevice,
        /// `error_code` is `failed_to_remove_from_device`.
        FailedToRemoveFromDevice("failed_to_remove_from_device") => UnmanagedAccessCodeErrorFailedToRemoveFromDevice,
        /// `error_code` is `duplicate_code_on_device`.
        DuplicateCodeOnDevice("duplicate_code_on_device") => UnmanagedAccessCodeErrorDuplicateCodeOnDevice,
        /// `error_code` is `no_space_for_access_code_on_device`.
        NoSpaceForAccessCodeOnDevice("no_space_for_access_code_on_device") => UnmanagedAccessCodeErrorNoSpaceForAccessCodeOnDevice,
        /// `error_code` is `conflicting_external_modification`.
        ConflictingExternalModification("conflicting_external_modification") => UnmanagedAccessCodeErrorConflictingExternalModification,
        /// `error_code` is `access_code_inactive`.
        AccessCodeInactive("access_code_inactive") => UnmanagedAccessCodeErrorAccessCodeInactive,
        /// `error_code` is `insufficient_permissions`.
        InsufficientPermissions("insufficient_permissions") => UnmanagedAccessCodeErrorInsufficientPermissions,
        /// `error_code` is `account_disconnected`.
        AccountDisconnected("account_disconnected") => UnmanagedAccessCodeErrorAccountDisconnected,
        /// `error_code` is `salto_ks_subscription_limit_exceeded`.
        SaltoKsSubscriptionLimitExceeded("salto_ks_subscription_limit_exceeded") => UnmanagedAccessCodeErrorSaltoKsSubscriptionLimitExceeded,
        /// `error_code` is `dormakaba_sites_disconnected`.
        DormakabaSitesDisconnected("dormakaba_sites_disconnected") => UnmanagedAccessCodeErrorDormakabaSitesDisconnected,
        /// `error_code` is `device_offline`.
        DeviceOffline("device_offline") => UnmanagedAccessCodeErrorDeviceOffline,
        /// `error_code` is `device_removed`.
        DeviceRemoved("device_removed") => UnmanagedAccessCodeErrorDeviceRemoved,
        /// `error_code` is `hub_disconnected`.
        HubDisconnected("hub_disconnected") => UnmanagedAccessCodeErrorHubDisconnected,
        /// `error_code` is `device_disconnected`.
        DeviceDisconnected("device_disconnected") => UnmanagedAccessCodeErrorDeviceDisconnected,
        /// `error_code` is `empty_backup_access_code_pool`.
        EmptyBackupAccessCodePool("empty_backup_access_code_pool") => UnmanagedAccessCodeErrorEmptyBackupAccessCodePool,
        /// `error_code` is `august_lock_not_authorized`.
        AugustLockNotAuthorized("august_lock_not_authorized") => UnmanagedAccessCodeErrorAugustLockNotAuthorized,
        /// `error_code` is `missing_device_credentials`.
        MissingDeviceCredentials("missing_device_credentials") => UnmanagedAccessCodeErrorMissingDeviceCredentials,
        /// `error_code` is `auxiliary_heat_running`.
        AuxiliaryHeatRunning("auxiliary_heat_running") => UnmanagedAccessCodeErrorAuxiliaryHeatRunning,
        /// `error_code` is `subscription_required`.
        SubscriptionRequired("subscription_required") => UnmanagedAccessCodeErrorSubscriptionRequired,
        /// `error_code` is `bridge_disconnected`.
        BridgeDisconnected("bridge_disconnected") => UnmanagedAccessCodeErrorBridgeDisconnected,
    }
}

#[cfg(feature = "api-access-codes")]
/// A `UnmanagedAccessCodeError` whose `error_code` is `access_code_inactive`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessCodeErrorAccessCodeInactive {
    /// `created_at`: a timestamp (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// `is_access_code_error`: a boolean (always present).
    pub is_access_code_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `UnmanagedAccessCodeError` whose `error_code` is `account_disconnected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessCodeErrorAccountDisconnected {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_connected_account_error`: a boolean (always present).
    pub is_connected_account_error: bool,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `UnmanagedAccessCodeError` whose `error_code` is `august_lock_not_authorized`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessCodeErrorAugustLockNotAuthorized {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `UnmanagedAccessCodeError` whose `error_code` is `auxiliary_heat_running`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessCodeErrorAuxiliaryHeatRunning {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `UnmanagedAccessCodeError` whose `error_code` is `bridge_disconnected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessCodeErrorBridgeDisconnected {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_bridge_error`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_bridge_error: Option<bool>,
    /// `is_connected_account_error`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_connected_account_error: Option<bool>,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `UnmanagedAccessCodeError` whose `error_code` is `conflicting_external_modification`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessCodeErrorConflictingExternalModification {
    /// `change_type`: a [`ChangeType`](crate::resources::ChangeType) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_type: Option<crate::resources::ChangeType>,
    /// `created_at`: a timestamp (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// `is_access_code_error`: a boolean (always present).
    pub is_access_code_error: bool,
    /// `message`: a string (always present).
    pub message: String,
    /// `modified_fields`: a list of [`UnmanagedAccessCodeErrorConflictingExternalModificationModifiedField`](crate::resources::UnmanagedAccessCodeErrorConflictingExternalModificationModifiedField) (may be absent).
    #[serde(default)]
    pub modified_fields:
        Vec<crate::resources::UnmanagedAccessCodeErrorConflictingExternalModificationModifiedField>,
}

#[cfg(feature = "api-access-codes")]
/// The `unmanaged_access_code_error_conflicting_external_modification_modified_field` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessCodeErrorConflictingExternalModificationModifiedField {
    /// `field`: a string (always present).
    pub field: String,
    /// `from`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// `to`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
}

#[cfg(feature = "api-access-codes")]
/// A `UnmanagedAccessCodeError` whose `error_code` is `device_disconnected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessCodeErrorDeviceDisconnected {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `UnmanagedAccessCodeError` whose `error_code` is `device_offline`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessCodeErrorDeviceOffline {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `UnmanagedAccessCodeError` whose `error_code` is `device_removed`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessCodeErrorDeviceRemoved {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `UnmanagedAccessCodeError` whose `error_code` is `dormakaba_sites_disconnected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessCodeErrorDormakabaSitesDisconnected {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_connected_account_error`: a boolean (always present).
    pub is_connected_account_error: bool,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `UnmanagedAccessCodeError` whose `error_code` is `duplicate_code_on_device`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessCodeErrorDuplicateCodeOnDevice {
    /// `created_at`: a timestamp (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// `is_access_code_error`: a boolean (always present).
    pub is_access_code_error: bool,
    /// `managed_access_code_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub managed_access_code_id: Option<crate::Uuid>,
    /// `message`: a string (always present).
    pub message: String,
    /// `unmanaged_access_code_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unmanaged_access_code_id: Option<crate::Uuid>,
}

#[cfg(feature = "api-access-codes")]
/// A `UnmanagedAccessCodeError` whose `error_code` is `empty_backup_access_code_pool`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessCodeErrorEmptyBackupAccessCodePool {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `UnmanagedAccessCodeError` whose `error_code` is `failed_to_remove_from_device`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessCodeErrorFailedToRemoveFromDevice {
    /// `created_at`: a timestamp (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// `is_access_code_error`: a boolean (always present).
    pub is_access_code_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `UnmanagedAccessCodeError` whose `error_code` is `failed_to_set_on_device`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessCodeErrorFailedToSetOnDevice {
    /// `created_at`: a timestamp (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// `is_access_code_error`: a boolean (always present).
    pub is_access_code_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `UnmanagedAccessCodeError` whose `error_code` is `hub_disconnected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessCodeErrorHubDisconnected {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `UnmanagedAccessCodeError` whose `error_code` is `insufficient_permissions`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessCodeErrorInsufficientPermissions {
    /// `created_at`: a timestamp (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// `is_access_code_error`: a boolean (always present).
    pub is_access_code_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `UnmanagedAccessCodeError` whose `error_code` is `missing_device_credentials`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessCodeErrorMissingDeviceCredentials {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `UnmanagedAccessCodeError` whose `error_code` is `no_space_for_access_code_on_device`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessCodeErrorNoSpaceForAccessCodeOnDevice {
    /// `created_at`: a timestamp (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// `is_access_code_error`: a boolean (always present).
    pub is_access_code_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `UnmanagedAccessCodeError` whose `error_code` is `provider_issue`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessCodeErrorProviderIssue {
    /// `created_at`: a timestamp (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// `is_access_code_error`: a boolean (always present).
    pub is_access_code_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `UnmanagedAccessCodeError` whose `error_code` is `salto_ks_subscription_limit_exceeded`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessCodeErrorSaltoKsSubscriptionLimitExceeded {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_connected_account_error`: a boolean (always present).
    pub is_connected_account_error: bool,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `UnmanagedAccessCodeError` whose `error_code` is `subscription_required`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessCodeErrorSubscriptionRequired {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
seamapi_runtime::string_enum! {
    /// The values of `unmanaged_access_code_status`.
    pub enum UnmanagedAccessCodeStatus {
        /// `set`.
        Set => "set",
        /// `unset`.
        Unset => "unset",
    }
}

#[cfg(feature = "api-access-codes")]
seamapi_runtime::tagged_union! {
    /// The `unmanaged_access_code_warning` object.
    pub enum UnmanagedAccessCodeWarning tag "warning_code" message {
        /// `warning_code` is `code_rotates_periodically`.
        CodeRotatesPeriodically("code_rotates_periodically") => UnmanagedAccessCodeWarningCodeRotatesPeriodically,
        /// `warning_code` is `time_frame_adjusted_for_unknown_time_zone`.
        TimeFrameAdjustedForUnknownTimeZone("time_frame_adjusted_for_unknown_time_zone") => UnmanagedAccessCodeWarningTimeFrameAdjustedForUnknownTimeZone,
        /// `warning_code` is `external_modification_in_effect`.
        ExternalModificationInEffect("external_modification_in_effect") => UnmanagedAccessCodeWarningExternalModificationInEffect,
        /// `warning_code` is `delay_in_setting_on_device`.
        DelayInSettingOnDevice("delay_in_setting_on_device") => UnmanagedAccessCodeWarningDelayInSettingOnDevice,
        /// `warning_code` is `delay_in_removing_from_device`.
        DelayInRemovingFromDevice("delay_in_removing_from_device") => UnmanagedAccessCodeWarningDelayInRemovingFromDevice,
        /// `warning_code` is `third_party_integration_detected`.
        ThirdPartyIntegrationDetected("third_party_integration_detected") => UnmanagedAccessCodeWarningThirdPartyIntegrationDetected,
        /// `warning_code` is `igloo_algopin_must_be_used_within_24_hours`.
        IglooAlgopinMustBeUsedWithin24Hours("igloo_algopin_must_be_used_within_24_hours") => UnmanagedAccessCodeWarningIglooAlgopinMustBeUsedWithin24Hours,
        /// `warning_code` is `management_transferred`.
        ManagementTransferred("management_transferred") => UnmanagedAccessCodeWarningManagementTransferred,
        /// `warning_code` is `using_backup_access_code`.
        UsingBackupAccessCode("using_backup_access_code") => UnmanagedAccessCodeWarningUsingBackupAccessCode,
        /// `warning_code` is `being_deleted`.
        BeingDeleted("being_deleted") => UnmanagedAccessCodeWarningBeingDeleted,
        /// `warning_code` is `unknown_issue_with_access_code`.
        UnknownIssueWithAccessCode("unknown_issue_with_access_code") => UnmanagedAccessCodeWarningUnknownIssueWithAccessCode,
    }
}

#[cfg(feature = "api-access-codes")]
/// A `UnmanagedAccessCodeWarning` whose `warning_code` is `being_deleted`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessCodeWarningBeingDeleted {
    /// `created_at`: a timestamp (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `UnmanagedAccessCodeWarning` whose `warning_code` is `code_rotates_periodically`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessCodeWarningCodeRotatesPeriodically {
    /// `created_at`: a timestamp (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `UnmanagedAccessCodeWarning` whose `warning_code` is `delay_in_removing_from_device`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessCodeWarningDelayInRemovingFromDevice {
    /// `created_at`: a timestamp (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `UnmanagedAccessCodeWarning` whose `warning_code` is `delay_in_setting_on_device`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessCodeWarningDelayInSettingOnDevice {
    /// `created_at`: a timestamp (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `UnmanagedAccessCodeWarning` whose `warning_code` is `external_modification_in_effect`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessCodeWarningExternalModificationInEffect {
    /// `change_type`: a [`ChangeType`](crate::resources::ChangeType) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_type: Option<crate::resources::ChangeType>,
    /// `created_at`: a timestamp (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// `message`: a string (always present).
    pub message: String,
    /// `modified_fields`: a list of [`UnmanagedAccessCodeWarningExternalModificationInEffectModifiedField`](crate::resources::UnmanagedAccessCodeWarningExternalModificationInEffectModifiedField) (may be absent).
    #[serde(default)]
    pub modified_fields:
        Vec<crate::resources::UnmanagedAccessCodeWarningExternalModificationInEffectModifiedField>,
}

#[cfg(feature = "api-access-codes")]
/// The `unmanaged_access_code_warning_external_modification_in_effect_modified_field` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessCodeWarningExternalModificationInEffectModifiedField {
    /// `field`: a string (always present).
    pub field: String,
    /// `from`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// `to`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
}

#[cfg(feature = "api-access-codes")]
/// A `UnmanagedAccessCodeWarning` whose `warning_code` is `igloo_algopin_must_be_used_within_24_hours`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessCodeWarningIglooAlgopinMustBeUsedWithin24Hours {
    /// `created_at`: a timestamp (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `UnmanagedAccessCodeWarning` whose `warning_code` is `management_transferred`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessCodeWarningManagementTransferred {
    /// `created_at`: a timestamp (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `UnmanagedAccessCodeWarning` whose `warning_code` is `third_party_integration_detected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessCodeWarningThirdPartyIntegrationDetected {
    /// `created_at`: a timestamp (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `UnmanagedAccessCodeWarning` whose `warning_code` is `time_frame_adjusted_for_unknown_time_zone`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessCodeWarningTimeFrameAdjustedForUnknownTimeZone {
    /// `created_at`: a timestamp (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `UnmanagedAccessCodeWarning` whose `warning_code` is `unknown_issue_with_access_code`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessCodeWarningUnknownIssueWithAccessCode {
    /// `created_at`: a timestamp (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-codes")]
/// A `UnmanagedAccessCodeWarning` whose `warning_code` is `using_backup_access_code`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessCodeWarningUsingBackupAccessCode {
    /// `created_at`: a timestamp (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::Timestamp>,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-grants")]
/// The `unmanaged_access_grant` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessGrant {
    /// `access_grant_id`: an id (UUID) (always present).
    pub access_grant_id: crate::Uuid,
    /// `access_method_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub access_method_ids: Vec<crate::Uuid>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `display_name`: a string (always present).
    pub display_name: String,
    /// `ends_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<crate::Timestamp>,
    /// `errors`: a list of [`UnmanagedAccessGrantError`](crate::resources::UnmanagedAccessGrantError) (always present).
    #[serde(default)]
    pub errors: Vec<crate::resources::UnmanagedAccessGrantError>,
    /// `location_ids`: a list of id (UUID) (always present).
    #[deprecated(note = "Seam: Use `space_ids`.")]
    #[serde(default)]
    pub location_ids: Vec<crate::Uuid>,
    /// `name`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `pending_mutations`: a list of [`UnmanagedAccessGrantPendingMutation`](crate::resources::UnmanagedAccessGrantPendingMutation) (always present).
    #[serde(default)]
    pub pending_mutations: Vec<crate::resources::UnmanagedAccessGrantPendingMutation>,
    /// `requested_access_methods`: a list of [`UnmanagedAccessGrantRequestedAccessMethod`](crate::resources::UnmanagedAccessGrantRequestedAccessMethod) (always present).
    #[serde(default)]
    pub requested_access_methods: Vec<crate::resources::UnmanagedAccessGrantRequestedAccessMethod>,
    /// `reservation_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reservation_key: Option<String>,
    /// `space_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub space_ids: Vec<crate::Uuid>,
    /// `starts_at`: a timestamp (always present).
    pub starts_at: crate::Timestamp,
    /// `user_identity_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_identity_id: Option<crate::Uuid>,
    /// `warnings`: a list of [`UnmanagedAccessGrantWarning`](crate::resources::UnmanagedAccessGrantWarning) (always present).
    #[serde(default)]
    pub warnings: Vec<crate::resources::UnmanagedAccessGrantWarning>,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-access-grants")]
seamapi_runtime::tagged_union! {
    /// The `unmanaged_access_grant_error` object.
    pub enum UnmanagedAccessGrantError tag "error_code" message {
        /// `error_code` is `cannot_create_requested_access_methods`.
        CannotCreateRequestedAccessMethods("cannot_create_requested_access_methods") => UnmanagedAccessGrantErrorCannotCreateRequestedAccessMethods,
    }
}

#[cfg(feature = "api-access-grants")]
/// A `UnmanagedAccessGrantError` whose `error_code` is `cannot_create_requested_access_methods`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessGrantErrorCannotCreateRequestedAccessMethods {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `missing_device_ids`: a list of id (UUID) (may be absent).
    #[serde(default)]
    pub missing_device_ids: Vec<crate::Uuid>,
}

#[cfg(feature = "api-access-grants")]
seamapi_runtime::tagged_union! {
    /// The `unmanaged_access_grant_pending_mutation` object.
    pub enum UnmanagedAccessGrantPendingMutation tag "mutation_code" message {
        /// `mutation_code` is `updating_spaces`.
        UpdatingSpaces("updating_spaces") => UnmanagedAccessGrantPendingMutationUpdatingSpaces,
        /// `mutation_code` is `updating_access_times`.
        UpdatingAccessTimes("updating_access_times") => UnmanagedAccessGrantPendingMutationUpdatingAccessTimes,
    }
}

#[cfg(feature = "api-access-grants")]
/// A `UnmanagedAccessGrantPendingMutation` whose `mutation_code` is `updating_access_times`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessGrantPendingMutationUpdatingAccessTimes {
    /// `access_method_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub access_method_ids: Vec<crate::Uuid>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `from`: a [`UnmanagedAccessGrantPendingMutationUpdatingAccessTimesFrom`](crate::resources::UnmanagedAccessGrantPendingMutationUpdatingAccessTimesFrom) (always present).
    pub from: crate::resources::UnmanagedAccessGrantPendingMutationUpdatingAccessTimesFrom,
    /// `message`: a string (always present).
    pub message: String,
    /// `to`: a [`UnmanagedAccessGrantPendingMutationUpdatingAccessTimesTo`](crate::resources::UnmanagedAccessGrantPendingMutationUpdatingAccessTimesTo) (always present).
    pub to: crate::resources::UnmanagedAccessGrantPendingMutationUpdatingAccessTimesTo,
}

#[cfg(feature = "api-access-grants")]
/// The `unmanaged_access_grant_pending_mutation_updating_access_times_from` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessGrantPendingMutationUpdatingAccessTimesFrom {
    /// `ends_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<crate::Timestamp>,
    /// `starts_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<crate::Timestamp>,
}

#[cfg(feature = "api-access-grants")]
/// The `unmanaged_access_grant_pending_mutation_updating_access_times_to` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessGrantPendingMutationUpdatingAccessTimesTo {
    /// `ends_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<crate::Timestamp>,
    /// `starts_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<crate::Timestamp>,
}

#[cfg(feature = "api-access-grants")]
/// A `UnmanagedAccessGrantPendingMutation` whose `mutation_code` is `updating_spaces`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessGrantPendingMutationUpdatingSpaces {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `from`: a [`UnmanagedAccessGrantPendingMutationUpdatingSpacesFrom`](crate::resources::UnmanagedAccessGrantPendingMutationUpdatingSpacesFrom) (always present).
    pub from: crate::resources::UnmanagedAccessGrantPendingMutationUpdatingSpacesFrom,
    /// `message`: a string (always present).
    pub message: String,
    /// `to`: a [`UnmanagedAccessGrantPendingMutationUpdatingSpacesTo`](crate::resources::UnmanagedAccessGrantPendingMutationUpdatingSpacesTo) (always present).
    pub to: crate::resources::UnmanagedAccessGrantPendingMutationUpdatingSpacesTo,
}

#[cfg(feature = "api-access-grants")]
/// The `unmanaged_access_grant_pending_mutation_updating_spaces_from` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessGrantPendingMutationUpdatingSpacesFrom {
    /// `device_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub device_ids: Vec<crate::Uuid>,
}

#[cfg(feature = "api-access-grants")]
/// The `unmanaged_access_grant_pending_mutation_updating_spaces_to` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessGrantPendingMutationUpdatingSpacesTo {
    /// `common_code_key`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub common_code_key: Option<String>,
    /// `device_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub device_ids: Vec<crate::Uuid>,
}

#[cfg(feature = "api-access-grants")]
/// The `unmanaged_access_grant_requested_access_method` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessGrantRequestedAccessMethod {
    /// `code`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// `created_access_method_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub created_access_method_ids: Vec<crate::Uuid>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `display_name`: a string (always present).
    pub display_name: String,
    /// `instant_key_max_use_count`: an integer (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instant_key_max_use_count: Option<i64>,
    /// `mode`: a [`AccessMode`](crate::resources::AccessMode) (always present).
    pub mode: crate::resources::AccessMode,
}

#[cfg(feature = "api-access-grants")]
seamapi_runtime::tagged_union! {
    /// The `unmanaged_access_grant_warning` object.
    pub enum UnmanagedAccessGrantWarning tag "warning_code" message {
        /// `warning_code` is `being_deleted`.
        BeingDeleted("being_deleted") => UnmanagedAccessGrantWarningBeingDeleted,
        /// `warning_code` is `underprovisioned_access`.
        UnderprovisionedAccess("underprovisioned_access") => UnmanagedAccessGrantWarningUnderprovisionedAccess,
        /// `warning_code` is `overprovisioned_access`.
        OverprovisionedAccess("overprovisioned_access") => UnmanagedAccessGrantWarningOverprovisionedAccess,
        /// `warning_code` is `updating_access_times`.
        UpdatingAccessTimes("updating_access_times") => UnmanagedAccessGrantWarningUpdatingAccessTimes,
        /// `warning_code` is `requested_code_unavailable`.
        RequestedCodeUnavailable("requested_code_unavailable") => UnmanagedAccessGrantWarningRequestedCodeUnavailable,
        /// `warning_code` is `device_does_not_support_access_codes`.
        DeviceDoesNotSupportAccessCodes("device_does_not_support_access_codes") => UnmanagedAccessGrantWarningDeviceDoesNotSupportAccessCodes,
        /// `warning_code` is `device_time_constraints_violated`.
        DeviceTimeConstraintsViolated("device_time_constraints_violated") => UnmanagedAccessGrantWarningDeviceTimeConstraintsViolated,
    }
}

#[cfg(feature = "api-access-grants")]
/// A `UnmanagedAccessGrantWarning` whose `warning_code` is `being_deleted`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessGrantWarningBeingDeleted {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-grants")]
/// A `UnmanagedAccessGrantWarning` whose `warning_code` is `device_does_not_support_access_codes`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessGrantWarningDeviceDoesNotSupportAccessCodes {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-grants")]
/// A `UnmanagedAccessGrantWarning` whose `warning_code` is `device_time_constraints_violated`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessGrantWarningDeviceTimeConstraintsViolated {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `message`: a string (always present).
    pub message: String,
    /// `reason`: a [`AccessGrantWarningDeviceTimeConstraintsViolatedReason`](crate::resources::AccessGrantWarningDeviceTimeConstraintsViolatedReason) (always present).
    pub reason: crate::resources::AccessGrantWarningDeviceTimeConstraintsViolatedReason,
}

#[cfg(feature = "api-access-grants")]
/// A `UnmanagedAccessGrantWarning` whose `warning_code` is `overprovisioned_access`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessGrantWarningOverprovisionedAccess {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `failed_devices`: a list of [`UnmanagedAccessGrantWarningOverprovisionedAccessFailedDevice`](crate::resources::UnmanagedAccessGrantWarningOverprovisionedAccessFailedDevice) (may be absent).
    #[serde(default)]
    pub failed_devices:
        Vec<crate::resources::UnmanagedAccessGrantWarningOverprovisionedAccessFailedDevice>,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-grants")]
/// The `unmanaged_access_grant_warning_overprovisioned_access_failed_device` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessGrantWarningOverprovisionedAccessFailedDevice {
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `error_code`: a string (always present).
    pub error_code: String,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-grants")]
/// A `UnmanagedAccessGrantWarning` whose `warning_code` is `requested_code_unavailable`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessGrantWarningRequestedCodeUnavailable {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `message`: a string (always present).
    pub message: String,
    /// `new_code`: a string (always present).
    pub new_code: String,
    /// `original_code`: a string (always present).
    pub original_code: String,
}

#[cfg(feature = "api-access-grants")]
/// A `UnmanagedAccessGrantWarning` whose `warning_code` is `underprovisioned_access`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessGrantWarningUnderprovisionedAccess {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-grants")]
/// A `UnmanagedAccessGrantWarning` whose `warning_code` is `updating_access_times`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessGrantWarningUpdatingAccessTimes {
    /// `access_method_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub access_method_ids: Vec<crate::Uuid>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-methods")]
/// The `unmanaged_access_method` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessMethod {
    /// `access_method_id`: an id (UUID) (always present).
    pub access_method_id: crate::Uuid,
    /// `code`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `display_name`: a string (always present).
    pub display_name: String,
    /// `errors`: a list of [`UnmanagedAccessMethodError`](crate::resources::UnmanagedAccessMethodError) (always present).
    #[serde(default)]
    pub errors: Vec<crate::resources::UnmanagedAccessMethodError>,
    /// `is_assignment_required`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_assignment_required: Option<bool>,
    /// `is_encoding_required`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_encoding_required: Option<bool>,
    /// `is_issued`: a boolean (always present).
    pub is_issued: bool,
    /// `is_ready_for_assignment`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_ready_for_assignment: Option<bool>,
    /// `is_ready_for_encoding`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_ready_for_encoding: Option<bool>,
    /// `issued_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued_at: Option<crate::Timestamp>,
    /// `mode`: a [`AccessMode`](crate::resources::AccessMode) (always present).
    pub mode: crate::resources::AccessMode,
    /// `pending_mutations`: a list of [`UnmanagedAccessMethodPendingMutation`](crate::resources::UnmanagedAccessMethodPendingMutation) (always present).
    #[serde(default)]
    pub pending_mutations: Vec<crate::resources::UnmanagedAccessMethodPendingMutation>,
    /// `warnings`: a list of [`UnmanagedAccessMethodWarning`](crate::resources::UnmanagedAccessMethodWarning) (always present).
    #[serde(default)]
    pub warnings: Vec<crate::resources::UnmanagedAccessMethodWarning>,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-access-methods")]
seamapi_runtime::tagged_union! {
    /// The `unmanaged_access_method_error` object.
    pub enum UnmanagedAccessMethodError tag "error_code" message {
        /// `error_code` is `failed_to_issue`.
        FailedToIssue("failed_to_issue") => UnmanagedAccessMethodErrorFailedToIssue,
    }
}

#[cfg(feature = "api-access-methods")]
/// A `UnmanagedAccessMethodError` whose `error_code` is `failed_to_issue`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessMethodErrorFailedToIssue {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-methods")]
seamapi_runtime::tagged_union! {
    /// The `unmanaged_access_method_pending_mutation` object.
    pub enum UnmanagedAccessMethodPendingMutation tag "mutation_code" message {
        /// `mutation_code` is `provisioning_access`.
        ProvisioningAccess("provisioning_access") => UnmanagedAccessMethodPendingMutationProvisioningAccess,
        /// `mutation_code` is `revoking_access`.
        RevokingAccess("revoking_access") => UnmanagedAccessMethodPendingMutationRevokingAccess,
        /// `mutation_code` is `updating_access_times`.
        UpdatingAccessTimes("updating_access_times") => UnmanagedAccessMethodPendingMutationUpdatingAccessTimes,
    }
}

#[cfg(feature = "api-access-methods")]
/// A `UnmanagedAccessMethodPendingMutation` whose `mutation_code` is `provisioning_access`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessMethodPendingMutationProvisioningAccess {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `from`: a [`UnmanagedAccessMethodPendingMutationProvisioningAccessFrom`](crate::resources::UnmanagedAccessMethodPendingMutationProvisioningAccessFrom) (always present).
    pub from: crate::resources::UnmanagedAccessMethodPendingMutationProvisioningAccessFrom,
    /// `message`: a string (always present).
    pub message: String,
    /// `to`: a [`UnmanagedAccessMethodPendingMutationProvisioningAccessTo`](crate::resources::UnmanagedAccessMethodPendingMutationProvisioningAccessTo) (always present).
    pub to: crate::resources::UnmanagedAccessMethodPendingMutationProvisioningAccessTo,
}

#[cfg(feature = "api-access-methods")]
/// The `unmanaged_access_method_pending_mutation_provisioning_access_from` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessMethodPendingMutationProvisioningAccessFrom {
    /// `device_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub device_ids: Vec<crate::Uuid>,
}

#[cfg(feature = "api-access-methods")]
/// The `unmanaged_access_method_pending_mutation_provisioning_access_to` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessMethodPendingMutationProvisioningAccessTo {
    /// `device_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub device_ids: Vec<crate::Uuid>,
}

#[cfg(feature = "api-access-methods")]
/// A `UnmanagedAccessMethodPendingMutation` whose `mutation_code` is `revoking_access`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessMethodPendingMutationRevokingAccess {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `from`: a [`UnmanagedAccessMethodPendingMutationRevokingAccessFrom`](crate::resources::UnmanagedAccessMethodPendingMutationRevokingAccessFrom) (always present).
    pub from: crate::resources::UnmanagedAccessMethodPendingMutationRevokingAccessFrom,
    /// `message`: a string (always present).
    pub message: String,
    /// `to`: a [`UnmanagedAccessMethodPendingMutationRevokingAccessTo`](crate::resources::UnmanagedAccessMethodPendingMutationRevokingAccessTo) (always present).
    pub to: crate::resources::UnmanagedAccessMethodPendingMutationRevokingAccessTo,
}

#[cfg(feature = "api-access-methods")]
/// The `unmanaged_access_method_pending_mutation_revoking_access_from` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessMethodPendingMutationRevokingAccessFrom {
    /// `device_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub device_ids: Vec<crate::Uuid>,
}

#[cfg(feature = "api-access-methods")]
/// The `unmanaged_access_method_pending_mutation_revoking_access_to` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessMethodPendingMutationRevokingAccessTo {
    /// `device_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub device_ids: Vec<crate::Uuid>,
}

#[cfg(feature = "api-access-methods")]
/// A `UnmanagedAccessMethodPendingMutation` whose `mutation_code` is `updating_access_times`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessMethodPendingMutationUpdatingAccessTimes {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `from`: a [`UnmanagedAccessMethodPendingMutationUpdatingAccessTimesFrom`](crate::resources::UnmanagedAccessMethodPendingMutationUpdatingAccessTimesFrom) (always present).
    pub from: crate::resources::UnmanagedAccessMethodPendingMutationUpdatingAccessTimesFrom,
    /// `message`: a string (always present).
    pub message: String,
    /// `to`: a [`UnmanagedAccessMethodPendingMutationUpdatingAccessTimesTo`](crate::resources::UnmanagedAccessMethodPendingMutationUpdatingAccessTimesTo) (always present).
    pub to: crate::resources::UnmanagedAccessMethodPendingMutationUpdatingAccessTimesTo,
}

#[cfg(feature = "api-access-methods")]
/// The `unmanaged_access_method_pending_mutation_updating_access_times_from` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessMethodPendingMutationUpdatingAccessTimesFrom {
    /// `ends_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<crate::Timestamp>,
    /// `starts_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<crate::Timestamp>,
}

#[cfg(feature = "api-access-methods")]
/// The `unmanaged_access_method_pending_mutation_updating_access_times_to` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessMethodPendingMutationUpdatingAccessTimesTo {
    /// `ends_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<crate::Timestamp>,
    /// `starts_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<crate::Timestamp>,
}

#[cfg(feature = "api-access-methods")]
seamapi_runtime::tagged_union! {
    /// The `unmanaged_access_method_warning` object.
    pub enum UnmanagedAccessMethodWarning tag "warning_code" message {
        /// `warning_code` is `being_deleted`.
        BeingDeleted("being_deleted") => UnmanagedAccessMethodWarningBeingDeleted,
        /// `warning_code` is `updating_access_times`.
        UpdatingAccessTimes("updating_access_times") => UnmanagedAccessMethodWarningUpdatingAccessTimes,
        /// `warning_code` is `pulled_backup_access_code`.
        PulledBackupAccessCode("pulled_backup_access_code") => UnmanagedAccessMethodWarningPulledBackupAccessCode,
        /// `warning_code` is `delay_in_issuing`.
        DelayInIssuing("delay_in_issuing") => UnmanagedAccessMethodWarningDelayInIssuing,
    }
}

#[cfg(feature = "api-access-methods")]
/// A `UnmanagedAccessMethodWarning` whose `warning_code` is `being_deleted`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessMethodWarningBeingDeleted {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-methods")]
/// A `UnmanagedAccessMethodWarning` whose `warning_code` is `delay_in_issuing`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessMethodWarningDelayInIssuing {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-access-methods")]
/// A `UnmanagedAccessMethodWarning` whose `warning_code` is `pulled_backup_access_code`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessMethodWarningPulledBackupAccessCode {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `original_access_method_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_access_method_id: Option<crate::Uuid>,
}

#[cfg(feature = "api-access-methods")]
/// A `UnmanagedAccessMethodWarning` whose `warning_code` is `updating_access_times`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAccessMethodWarningUpdatingAccessTimes {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

/// The `unmanaged_acs_access_group` resource.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsAccessGroup {
    /// `access_group_type`: a [`AcsAccessGroupAccessGroupType`](crate::resources::AcsAccessGroupAccessGroupType) (always present).
    #[deprecated(note = "Seam: Use `external_type`.")]
    pub access_group_type: crate::resources::AcsAccessGroupAccessGroupType,
    /// `access_group_type_display_name`: a string (always present).
    #[deprecated(note = "Seam: Use `external_type_display_name`.")]
    pub access_group_type_display_name: String,
    /// `access_schedule`: a [`UnmanagedAcsAccessGroupAccessSchedule`](crate::resources::UnmanagedAcsAccessGroupAccessSchedule) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_schedule: Option<crate::resources::UnmanagedAcsAccessGroupAccessSchedule>,
    /// `acs_access_group_id`: an id (UUID) (always present).
    pub acs_access_group_id: crate::Uuid,
    /// `acs_system_id`: an id (UUID) (always present).
    pub acs_system_id: crate::Uuid,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `display_name`: a string (always present).
    pub display_name: String,
    /// `errors`: a list of [`UnmanagedAcsAccessGroupError`](crate::resources::UnmanagedAcsAccessGroupError) (always present).
    #[serde(default)]
    pub errors: Vec<crate::resources::UnmanagedAcsAccessGroupError>,
    /// `external_type`: a [`AcsAccessGroupExternalType`](crate::resources::AcsAccessGroupExternalType) (always present).
    pub external_type: crate::resources::AcsAccessGroupExternalType,
    /// `external_type_display_name`: a string (always present).
    pub external_type_display_name: String,
    /// `is_managed`: a boolean (always present).
    pub is_managed: bool,
    /// `name`: a string (always present).
    pub name: String,
    /// `pending_mutations`: a list of [`UnmanagedAcsAccessGroupPendingMutation`](crate::resources::UnmanagedAcsAccessGroupPendingMutation) (always present).
    #[serde(default)]
    pub pending_mutations: Vec<crate::resources::UnmanagedAcsAccessGroupPendingMutation>,
    /// `warnings`: a list of [`UnmanagedAcsAccessGroupWarning`](crate::resources::UnmanagedAcsAccessGroupWarning) (always present).
    #[serde(default)]
    pub warnings: Vec<crate::resources::UnmanagedAcsAccessGroupWarning>,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

/// The `unmanaged_acs_access_group_access_schedule` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsAccessGroupAccessSchedule {
    /// `ends_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<crate::Timestamp>,
    /// `starts_at`: a timestamp (always present).
    pub starts_at: crate::Timestamp,
}

seamapi_runtime::tagged_union! {
    /// The `unmanaged_acs_access_group_error` object.
    pub enum UnmanagedAcsAccessGroupError tag "error_code" message {
        /// `error_code` is `failed_to_create_on_acs_system`.
        FailedToCreateOnAcsSystem("failed_to_create_on_acs_system") => UnmanagedAcsAccessGroupErrorFailedToCreateOnAcsSystem,
    }
}

/// A `UnmanagedAcsAccessGroupError` whose `error_code` is `failed_to_create_on_acs_system`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsAccessGroupErrorFailedToCreateOnAcsSystem {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

seamapi_runtime::tagged_union! {
    /// The `unmanaged_acs_access_group_pending_mutation` object.
    pub enum UnmanagedAcsAccessGroupPendingMutation tag "mutation_code" message {
        /// `mutation_code` is `creating`.
        Creating("creating") => UnmanagedAcsAccessGroupPendingMutationCreating,
        /// `mutation_code` is `deleting`.
        Deleting("deleting") => UnmanagedAcsAccessGroupPendingMutationDeleting,
        /// `mutation_code` is `deferring_deletion`.
        DeferringDeletion("deferring_deletion") => UnmanagedAcsAccessGroupPendingMutationDeferringDeletion,
        /// `mutation_code` is `updating_group_information`.
        UpdatingGroupInformation("updating_group_information") => UnmanagedAcsAccessGroupPendingMutationUpdatingGroupInformation,
        /// `mutation_code` is `updating_access_schedule`.
        UpdatingAccessSchedule("updating_access_schedule") => UnmanagedAcsAccessGroupPendingMutationUpdatingAccessSchedule,
        /// `mutation_code` is `updating_user_membership`.
        UpdatingUserMembership("updating_user_membership") => UnmanagedAcsAccessGroupPendingMutationUpdatingUserMembership,
        /// `mutation_code` is `updating_entrance_membership`.
        UpdatingEntranceMembership("updating_entrance_membership") => UnmanagedAcsAccessGroupPendingMutationUpdatingEntranceMembership,
        /// `mutation_code` is `deferring_user_membership_update`.
        DeferringUserMembershipUpdate("deferring_user_membership_update") => UnmanagedAcsAccessGroupPendingMutationDeferringUserMembershipUpdate,
    }
}

/// A `UnmanagedAcsAccessGroupPendingMutation` whose `mutation_code` is `creating`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsAccessGroupPendingMutationCreating {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

/// A `UnmanagedAcsAccessGroupPendingMutation` whose `mutation_code` is `deferring_deletion`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsAccessGroupPendingMutationDeferringDeletion {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

/// A `UnmanagedAcsAccessGroupPendingMutation` whose `mutation_code` is `deferring_user_membership_update`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsAccessGroupPendingMutationDeferringUserMembershipUpdate {
    /// `acs_user_id`: an id (UUID) (always present).
    pub acs_user_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `variant`: a [`MembershipUpdateVariant`](crate::resources::MembershipUpdateVariant) (always present).
    pub variant: crate::resources::MembershipUpdateVariant,
}

/// A `UnmanagedAcsAccessGroupPendingMutation` whose `mutation_code` is `deleting`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsAccessGroupPendingMutationDeleting {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

/// A `UnmanagedAcsAccessGroupPendingMutation` whose `mutation_code` is `updating_access_schedule`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsAccessGroupPendingMutationUpdatingAccessSchedule {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `from`: a [`UnmanagedAcsAccessGroupPendingMutationUpdatingAccessScheduleFrom`](crate::resources::UnmanagedAcsAccessGroupPendingMutationUpdatingAccessScheduleFrom) (always present).
    pub from: crate::resources::UnmanagedAcsAccessGroupPendingMutationUpdatingAccessScheduleFrom,
    /// `message`: a string (always present).
    pub message: String,
    /// `to`: a [`UnmanagedAcsAccessGroupPendingMutationUpdatingAccessScheduleTo`](crate::resources::UnmanagedAcsAccessGroupPendingMutationUpdatingAccessScheduleTo) (always present).
    pub to: crate::resources::UnmanagedAcsAccessGroupPendingMutationUpdatingAccessScheduleTo,
}

/// The `unmanaged_acs_access_group_pending_mutation_updating_access_schedule_from` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsAccessGroupPendingMutationUpdatingAccessScheduleFrom {
    /// `ends_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<crate::Timestamp>,
    /// `starts_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<crate::Timestamp>,
}

/// The `unmanaged_acs_access_group_pending_mutation_updating_access_schedule_to` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsAccessGroupPendingMutationUpdatingAccessScheduleTo {
    /// `ends_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<crate::Timestamp>,
    /// `starts_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<crate::Timestamp>,
}

/// A `UnmanagedAcsAccessGroupPendingMutation` whose `mutation_code` is `updating_entrance_membership`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsAccessGroupPendingMutationUpdatingEntranceMembership {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `from`: a [`UnmanagedAcsAccessGroupPendingMutationUpdatingEntranceMembershipFrom`](crate::resources::UnmanagedAcsAccessGroupPendingMutationUpdatingEntranceMembershipFrom) (always present).
    pub from:
        crate::resources::UnmanagedAcsAccessGroupPendingMutationUpdatingEntranceMembershipFrom,
    /// `message`: a string (always present).
    pub message: String,
    /// `to`: a [`UnmanagedAcsAccessGroupPendingMutationUpdatingEntranceMembershipTo`](crate::resources::UnmanagedAcsAccessGroupPendingMutationUpdatingEntranceMembershipTo) (always present).
    pub to: crate::resources::UnmanagedAcsAccessGroupPendingMutationUpdatingEntranceMembershipTo,
}

/// The `unmanaged_acs_access_group_pending_mutation_updating_entrance_membership_from` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsAccessGroupPendingMutationUpdatingEntranceMembershipFrom {
    /// `acs_entrance_id`: an id (UUID) (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acs_entrance_id: Option<crate::Uuid>,
}

/// The `unmanaged_acs_access_group_pending_mutation_updating_entrance_membership_to` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsAccessGroupPendingMutationUpdatingEntranceMembershipTo {
    /// `acs_entrance_id`: an id (UUID) (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acs_entrance_id: Option<crate::Uuid>,
}

/// A `UnmanagedAcsAccessGroupPendingMutation` whose `mutation_code` is `updating_group_information`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsAccessGroupPendingMutationUpdatingGroupInformation {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `from`: a [`UnmanagedAcsAccessGroupPendingMutationUpdatingGroupInformationFrom`](crate::resources::UnmanagedAcsAccessGroupPendingMutationUpdatingGroupInformationFrom) (always present).
    pub from: crate::resources::UnmanagedAcsAccessGroupPendingMutationUpdatingGroupInformationFrom,
    /// `message`: a string (always present).
    pub message: String,
    /// `to`: a [`UnmanagedAcsAccessGroupPendingMutationUpdatingGroupInformationTo`](crate::resources::UnmanagedAcsAccessGroupPendingMutationUpdatingGroupInformationTo) (always present).
    pub to: crate::resources::UnmanagedAcsAccessGroupPendingMutationUpdatingGroupInformationTo,
}

/// The `unmanaged_acs_access_group_pending_mutation_updating_group_information_from` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsAccessGroupPendingMutationUpdatingGroupInformationFrom {
    /// `name`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// The `unmanaged_acs_access_group_pending_mutation_updating_group_information_to` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsAccessGroupPendingMutationUpdatingGroupInformationTo {
    /// `name`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// A `UnmanagedAcsAccessGroupPendingMutation` whose `mutation_code` is `updating_user_membership`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsAccessGroupPendingMutationUpdatingUserMembership {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `from`: a [`UnmanagedAcsAccessGroupPendingMutationUpdatingUserMembershipFrom`](crate::resources::UnmanagedAcsAccessGroupPendingMutationUpdatingUserMembershipFrom) (always present).
    pub from: crate::resources::UnmanagedAcsAccessGroupPendingMutationUpdatingUserMembershipFrom,
    /// `message`: a string (always present).
    pub message: String,
    /// `to`: a [`UnmanagedAcsAccessGroupPendingMutationUpdatingUserMembershipTo`](crate::resources::UnmanagedAcsAccessGroupPendingMutationUpdatingUserMembershipTo) (always present).
    pub to: crate::resources::UnmanagedAcsAccessGroupPendingMutationUpdatingUserMembershipTo,
}

/// The `unmanaged_acs_access_group_pending_mutation_updating_user_membership_from` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsAccessGroupPendingMutationUpdatingUserMembershipFrom {
    /// `acs_user_id`: an id (UUID) (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acs_user_id: Option<crate::Uuid>,
}

/// The `unmanaged_acs_access_group_pending_mutation_updating_user_membership_to` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsAccessGroupPendingMutationUpdatingUserMembershipTo {
    /// `acs_user_id`: an id (UUID) (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acs_user_id: Option<crate::Uuid>,
}

seamapi_runtime::tagged_union! {
    /// The `unmanaged_acs_access_group_warning` object.
    pub enum UnmanagedAcsAccessGroupWarning tag "warning_code" message {
        /// `warning_code` is `unknown_issue_with_acs_access_group`.
        UnknownIssueWithAcsAccessGroup("unknown_issue_with_acs_access_group") => UnmanagedAcsAccessGroupWarningUnknownIssueWithAcsAccessGroup,
        /// `warning_code` is `being_deleted`.
        BeingDeleted("being_deleted") => UnmanagedAcsAccessGroupWarningBeingDeleted,
    }
}

/// A `UnmanagedAcsAccessGroupWarning` whose `warning_code` is `being_deleted`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsAccessGroupWarningBeingDeleted {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

/// A `UnmanagedAcsAccessGroupWarning` whose `warning_code` is `unknown_issue_with_acs_access_group`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsAccessGroupWarningUnknownIssueWithAcsAccessGroup {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

/// The `unmanaged_acs_credential` resource.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsCredential {
    /// `access_method`: a [`AccessMode`](crate::resources::AccessMode) (always present).
    pub access_method: crate::resources::AccessMode,
    /// `acs_credential_id`: an id (UUID) (always present).
    pub acs_credential_id: crate::Uuid,
    /// `acs_credential_pool_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acs_credential_pool_id: Option<crate::Uuid>,
    /// `acs_system_id`: an id (UUID) (always present).
    pub acs_system_id: crate::Uuid,
    /// `acs_user_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acs_user_id: Option<crate::Uuid>,
    /// `assa_abloy_vostio_metadata`: a [`UnmanagedAcsCredentialAssaAbloyVostioMetadata`](crate::resources::UnmanagedAcsCredentialAssaAbloyVostioMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assa_abloy_vostio_metadata:
        Option<crate::resources::UnmanagedAcsCredentialAssaAbloyVostioMetadata>,
    /// `card_number`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_number: Option<String>,
    /// `code`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `display_name`: a string (always present).
    pub display_name: String,
    /// `ends_at`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<String>,
    /// `errors`: a list of [`UnmanagedAcsCredentialError`](crate::resources::UnmanagedAcsCredentialError) (always present).
    #[serde(default)]
    pub errors: Vec<crate::resources::UnmanagedAcsCredentialError>,
    /// `external_type`: a [`AcsCredentialExternalType`](crate::resources::AcsCredentialExternalType) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_type: Option<crate::resources::AcsCredentialExternalType>,
    /// `external_type_display_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_type_display_name: Option<String>,
    /// `is_issued`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_issued: Option<bool>,
    /// `is_latest_desired_state_synced_with_provider`: a boolean (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_latest_desired_state_synced_with_provider: Option<bool>,
    /// `is_managed`: a boolean (always present).
    pub is_managed: bool,
    /// `is_multi_phone_sync_credential`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_multi_phone_sync_credential: Option<bool>,
    /// `is_one_time_use`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_one_time_use: Option<bool>,
    /// `issued_at`: a timestamp (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued_at: Option<crate::Timestamp>,
    /// `latest_desired_state_synced_with_provider_at`: a timestamp (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest_desired_state_synced_with_provider_at: Option<crate::Timestamp>,
    /// `parent_acs_credential_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_acs_credential_id: Option<crate::Uuid>,
    /// `starts_at`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<String>,
    /// `user_identity_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_identity_id: Option<crate::Uuid>,
    /// `visionline_metadata`: a [`UnmanagedAcsCredentialVisionlineMetadata`](crate::resources::UnmanagedAcsCredentialVisionlineMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visionline_metadata: Option<crate::resources::UnmanagedAcsCredentialVisionlineMetadata>,
    /// `warnings`: a list of [`UnmanagedAcsCredentialWarning`](crate::resources::UnmanagedAcsCredentialWarning) (always present).
    #[serde(default)]
    pub warnings: Vec<crate::resources::UnmanagedAcsCredentialWarning>,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

/// The `unmanaged_acs_credential_assa_abloy_vostio_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsCredentialAssaAbloyVostioMetadata {
    /// `auto_join`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_join: Option<bool>,
    /// `door_names`: a list of string (may be absent).
    #[serde(default)]
    pub door_names: Vec<String>,
    /// `endpoint_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint_id: Option<String>,
    /// `key_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_id: Option<String>,
    /// `key_issuing_request_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_issuing_request_id: Option<String>,
    /// `override_guest_acs_entrance_ids`: a list of string (may be absent).
    #[serde(default)]
    pub override_guest_acs_entrance_ids: Vec<String>,
}

/// The `unmanaged_acs_credential_error` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsCredentialError {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `error_code`: a string (always present).
    pub error_code: String,
    /// `message`: a string (always present).
    pub message: String,
}

/// The `unmanaged_acs_credential_visionline_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsCredentialVisionlineMetadata {
    /// `auto_join`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_join: Option<bool>,
    /// `card_function_type`: a [`AcsCredentialVisionlineMetadataCardFunctionType`](crate::resources::AcsCredentialVisionlineMetadataCardFunctionType) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_function_type:
        Option<crate::resources::AcsCredentialVisionlineMetadataCardFunctionType>,
    /// `card_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_id: Option<String>,
    /// `common_acs_entrance_ids`: a list of id (UUID) (may be absent).
    #[serde(default)]
    pub common_acs_entrance_ids: Vec<crate::Uuid>,
    /// `credential_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credential_id: Option<String>,
    /// `guest_acs_entrance_ids`: a list of id (UUID) (may be absent).
    #[serde(default)]
    pub guest_acs_entrance_ids: Vec<crate::Uuid>,
    /// `is_valid`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_valid: Option<bool>,
    /// `joiner_acs_credential_ids`: a list of id (UUID) (may be absent).
    #[serde(default)]
    pub joiner_acs_credential_ids: Vec<crate::Uuid>,
}

seamapi_runtime::tagged_union! {
    /// The `unmanaged_acs_credential_warning` object.
    pub enum UnmanagedAcsCredentialWarning tag "warning_code" message {
        /// `warning_code` is `waiting_to_be_issued`.
        WaitingToBeIssued("waiting_to_be_issued") => UnmanagedAcsCredentialWarningWaitingToBeIssued,
        /// `warning_code` is `schedule_externally_modified`.
        ScheduleExternallyModified("schedule_externally_modified") => UnmanagedAcsCredentialWarningScheduleExternallyModified,
        /// `warning_code` is `schedule_modified`.
        ScheduleModified("schedule_modified") => UnmanagedAcsCredentialWarningScheduleModified,
        /// `warning_code` is `being_deleted`.
        BeingDeleted("being_deleted") => UnmanagedAcsCredentialWarningBeingDeleted,
        /// `warning_code` is `unknown_issue_with_acs_credential`.
        UnknownIssueWithAcsCredential("unknown_issue_with_acs_credential") => UnmanagedAcsCredentialWarningUnknownIssueWithAcsCredential,
        /// `warning_code` is `needs_to_be_reissued`.
        NeedsToBeReissued("needs_to_be_reissued") => UnmanagedAcsCredentialWarningNeedsToBeReissued,
    }
}

/// A `UnmanagedAcsCredentialWarning` whose `warning_code` is `being_deleted`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsCredentialWarningBeingDeleted {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

/// A `UnmanagedAcsCredentialWarning` whose `warning_code` is `needs_to_be_reissued`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsCredentialWarningNeedsToBeReissued {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

/// A `UnmanagedAcsCredentialWarning` whose `warning_code` is `schedule_externally_modified`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsCredentialWarningScheduleExternallyModified {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

/// A `UnmanagedAcsCredentialWarning` whose `warning_code` is `schedule_modified`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsCredentialWarningScheduleModified {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

/// A `UnmanagedAcsCredentialWarning` whose `warning_code` is `unknown_issue_with_acs_credential`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsCredentialWarningUnknownIssueWithAcsCredential {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

/// A `UnmanagedAcsCredentialWarning` whose `warning_code` is `waiting_to_be_issued`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsCredentialWarningWaitingToBeIssued {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

/// The `unmanaged_acs_user` resource.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsUser {
    /// `access_schedule`: a [`UnmanagedAcsUserAccessSchedule`](crate::resources::UnmanagedAcsUserAccessSchedule) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_schedule: Option<crate::resources::UnmanagedAcsUserAccessSchedule>,
    /// `acs_system_id`: an id (UUID) (always present).
    pub acs_system_id: crate::Uuid,
    /// `acs_user_id`: an id (UUID) (always present).
    pub acs_user_id: crate::Uuid,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `display_name`: a string (always present).
    pub display_name: String,
    /// `email`: a string (may be absent).
    #[deprecated(note = "Seam: use email_address.")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `email_address`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// `errors`: a list of [`UnmanagedAcsUserError`](crate::resources::UnmanagedAcsUserError) (always present).
    #[serde(default)]
    pub errors: Vec<crate::resources::UnmanagedAcsUserError>,
    /// `external_type`: a [`AcsUserExternalType`](crate::resources::AcsUserExternalType) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_type: Option<crate::resources::AcsUserExternalType>,
    /// `external_type_display_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_type_display_name: Option<String>,
    /// `full_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    /// `hid_acs_system_id`: an id (UUID) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hid_acs_system_id: Option<crate::Uuid>,
    /// `is_managed`: a boolean (always present).
    pub is_managed: bool,
    /// `is_suspended`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_suspended: Option<bool>,
    /// `last_successful_sync_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_successful_sync_at: Option<crate::Timestamp>,
    /// `pending_mutations`: a list of [`UnmanagedAcsUserPendingMutation`](crate::resources::UnmanagedAcsUserPendingMutation) (may be absent).
    #[serde(default)]
    pub pending_mutations: Vec<crate::resources::UnmanagedAcsUserPendingMutation>,
    /// `phone_number`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// `salto_ks_metadata`: a [`UnmanagedAcsUserSaltoKsMetadata`](crate::resources::UnmanagedAcsUserSaltoKsMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salto_ks_metadata: Option<crate::resources::UnmanagedAcsUserSaltoKsMetadata>,
    /// `salto_space_metadata`: a [`UnmanagedAcsUserSaltoSpaceMetadata`](crate::resources::UnmanagedAcsUserSaltoSpaceMetadata) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salto_space_metadata: Option<crate::resources::UnmanagedAcsUserSaltoSpaceMetadata>,
    /// `user_identity_email_address`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_identity_email_address: Option<String>,
    /// `user_identity_full_name`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_identity_full_name: Option<String>,
    /// `user_identity_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_identity_id: Option<String>,
    /// `user_identity_phone_number`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_identity_phone_number: Option<String>,
    /// `warnings`: a list of [`UnmanagedAcsUserWarning`](crate::resources::UnmanagedAcsUserWarning) (always present).
    #[serde(default)]
    pub warnings: Vec<crate::resources::UnmanagedAcsUserWarning>,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

/// The `unmanaged_acs_user_access_schedule` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsUserAccessSchedule {
    /// `ends_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<crate::Timestamp>,
    /// `starts_at`: a timestamp (always present).
    pub starts_at: crate::Timestamp,
}

seamapi_runtime::tagged_union! {
    /// The `unmanaged_acs_user_error` object.
    pub enum UnmanagedAcsUserError tag "error_code" message {
        /// `error_code` is `deleted_externally`.
        DeletedExternally("deleted_externally") => UnmanagedAcsUserErrorDeletedExternally,
        /// `error_code` is `salto_ks_subscription_limit_exceeded`.
        SaltoKsSubscriptionLimitExceeded("salto_ks_subscription_limit_exceeded") => UnmanagedAcsUserErrorSaltoKsSubscriptionLimitExceeded,
        /// `error_code` is `failed_to_create_on_acs_system`.
        FailedToCreateOnAcsSystem("failed_to_create_on_acs_system") => UnmanagedAcsUserErrorFailedToCreateOnAcsSystem,
        /// `error_code` is `failed_to_update_on_acs_system`.
        FailedToUpdateOnAcsSystem("failed_to_update_on_acs_system") => UnmanagedAcsUserErrorFailedToUpdateOnAcsSystem,
        /// `error_code` is `failed_to_delete_on_acs_system`.
        FailedToDeleteOnAcsSystem("failed_to_delete_on_acs_system") => UnmanagedAcsUserErrorFailedToDeleteOnAcsSystem,
        /// `error_code` is `latch_conflict_with_resident_user`.
        LatchConflictWithResidentUser("latch_conflict_with_resident_user") => UnmanagedAcsUserErrorLatchConflictWithResidentUser,
    }
}

/// A `UnmanagedAcsUserError` whose `error_code` is `deleted_externally`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsUserErrorDeletedExternally {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

/// A `UnmanagedAcsUserError` whose `error_code` is `failed_to_create_on_acs_system`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsUserErrorFailedToCreateOnAcsSystem {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

/// A `UnmanagedAcsUserError` whose `error_code` is `failed_to_delete_on_acs_system`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsUserErrorFailedToDeleteOnAcsSystem {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

/// A `UnmanagedAcsUserError` whose `error_code` is `failed_to_update_on_acs_system`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsUserErrorFailedToUpdateOnAcsSystem {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

/// A `UnmanagedAcsUserError` whose `error_code` is `latch_conflict_with_resident_user`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsUserErrorLatchConflictWithResidentUser {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

/// A `UnmanagedAcsUserError` whose `error_code` is `salto_ks_subscription_limit_exceeded`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsUserErrorSaltoKsSubscriptionLimitExceeded {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

seamapi_runtime::tagged_union! {
    /// The `unmanaged_acs_user_pending_mutation` object.
    pub enum UnmanagedAcsUserPendingMutation tag "mutation_code" message {
        /// `mutation_code` is `creating`.
        Creating("creating") => UnmanagedAcsUserPendingMutationCreating,
        /// `mutation_code` is `deleting`.
        Deleting("deleting") => UnmanagedAcsUserPendingMutationDeleting,
        /// `mutation_code` is `deferring_creation`.
        DeferringCreation("deferring_creation") => UnmanagedAcsUserPendingMutationDeferringCreation,
        /// `mutation_code` is `updating_user_information`.
        UpdatingUserInformation("updating_user_information") => UnmanagedAcsUserPendingMutationUpdatingUserInformation,
        /// `mutation_code` is `updating_access_schedule`.
        UpdatingAccessSchedule("updating_access_schedule") => UnmanagedAcsUserPendingMutationUpdatingAccessSchedule,
        /// `mutation_code` is `updating_suspension_state`.
        UpdatingSuspensionState("updating_suspension_state") => UnmanagedAcsUserPendingMutationUpdatingSuspensionState,
        /// `mutation_code` is `updating_group_membership`.
        UpdatingGroupMembership("updating_group_membership") => UnmanagedAcsUserPendingMutationUpdatingGroupMembership,
        /// `mutation_code` is `deferring_group_membership_update`.
        DeferringGroupMembershipUpdate("deferring_group_membership_update") => UnmanagedAcsUserPendingMutationDeferringGroupMembershipUpdate,
        /// `mutation_code` is `updating_credential_assignment`.
        UpdatingCredentialAssignment("updating_credential_assignment") => UnmanagedAcsUserPendingMutationUpdatingCredentialAssignment,
    }
}

/// A `UnmanagedAcsUserPendingMutation` whose `mutation_code` is `creating`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsUserPendingMutationCreating {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

/// A `UnmanagedAcsUserPendingMutation` whose `mutation_code` is `deferring_creation`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsUserPendingMutationDeferringCreation {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `scheduled_at`: a timestamp (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheduled_at: Option<crate::Timestamp>,
}

/// A `UnmanagedAcsUserPendingMutation` whose `mutation_code` is `deferring_group_membership_update`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsUserPendingMutationDeferringGroupMembershipUpdate {
    /// `acs_access_group_id`: an id (UUID) (always present).
    pub acs_access_group_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
    /// `variant`: a [`MembershipUpdateVariant`](crate::resources::MembershipUpdateVariant) (always present).
    pub variant: crate::resources::MembershipUpdateVariant,
}

/// A `UnmanagedAcsUserPendingMutation` whose `mutation_code` is `deleting`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsUserPendingMutationDeleting {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

/// A `UnmanagedAcsUserPendingMutation` whose `mutation_code` is `updating_access_schedule`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsUserPendingMutationUpdatingAccessSchedule {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `from`: a [`UnmanagedAcsUserPendingMutationUpdatingAccessScheduleFrom`](crate::resources::UnmanagedAcsUserPendingMutationUpdatingAccessScheduleFrom) (always present).
    pub from: crate::resources::UnmanagedAcsUserPendingMutationUpdatingAccessScheduleFrom,
    /// `message`: a string (always present).
    pub message: String,
    /// `to`: a [`UnmanagedAcsUserPendingMutationUpdatingAccessScheduleTo`](crate::resources::UnmanagedAcsUserPendingMutationUpdatingAccessScheduleTo) (always present).
    pub to: crate::resources::UnmanagedAcsUserPendingMutationUpdatingAccessScheduleTo,
}

/// The `unmanaged_acs_user_pending_mutation_updating_access_schedule_from` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsUserPendingMutationUpdatingAccessScheduleFrom {
    /// `ends_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<crate::Timestamp>,
    /// `starts_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<crate::Timestamp>,
}

/// The `unmanaged_acs_user_pending_mutation_updating_access_schedule_to` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsUserPendingMutationUpdatingAccessScheduleTo {
    /// `ends_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<crate::Timestamp>,
    /// `starts_at`: a timestamp (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<crate::Timestamp>,
}

/// A `UnmanagedAcsUserPendingMutation` whose `mutation_code` is `updating_credential_assignment`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsUserPendingMutationUpdatingCredentialAssignment {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `from`: a [`UnmanagedAcsUserPendingMutationUpdatingCredentialAssignmentFrom`](crate::resources::UnmanagedAcsUserPendingMutationUpdatingCredentialAssignmentFrom) (always present).
    pub from: crate::resources::UnmanagedAcsUserPendingMutationUpdatingCredentialAssignmentFrom,
    /// `message`: a string (always present).
    pub message: String,
    /// `to`: a [`UnmanagedAcsUserPendingMutationUpdatingCredentialAssignmentTo`](crate::resources::UnmanagedAcsUserPendingMutationUpdatingCredentialAssignmentTo) (always present).
    pub to: crate::resources::UnmanagedAcsUserPendingMutationUpdatingCredentialAssignmentTo,
}

/// The `unmanaged_acs_user_pending_mutation_updating_credential_assignment_from` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsUserPendingMutationUpdatingCredentialAssignmentFrom {
    /// `acs_credential_id`: an id (UUID) (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acs_credential_id: Option<crate::Uuid>,
}

/// The `unmanaged_acs_user_pending_mutation_updating_credential_assignment_to` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsUserPendingMutationUpdatingCredentialAssignmentTo {
    /// `acs_credential_id`: an id (UUID) (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acs_credential_id: Option<crate::Uuid>,
}

/// A `UnmanagedAcsUserPendingMutation` whose `mutation_code` is `updating_group_membership`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsUserPendingMutationUpdatingGroupMembership {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `from`: a [`UnmanagedAcsUserPendingMutationUpdatingGroupMembershipFrom`](crate::resources::UnmanagedAcsUserPendingMutationUpdatingGroupMembershipFrom) (always present).
    pub from: crate::resources::UnmanagedAcsUserPendingMutationUpdatingGroupMembershipFrom,
    /// `message`: a string (always present).
    pub message: String,
    /// `to`: a [`UnmanagedAcsUserPendingMutationUpdatingGroupMembershipTo`](crate::resources::UnmanagedAcsUserPendingMutationUpdatingGroupMembershipTo) (always present).
    pub to: crate::resources::UnmanagedAcsUserPendingMutationUpdatingGroupMembershipTo,
}

/// The `unmanaged_acs_user_pending_mutation_updating_group_membership_from` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsUserPendingMutationUpdatingGroupMembershipFrom {
    /// `acs_access_group_id`: an id (UUID) (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acs_access_group_id: Option<crate::Uuid>,
}

/// The `unmanaged_acs_user_pending_mutation_updating_group_membership_to` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsUserPendingMutationUpdatingGroupMembershipTo {
    /// `acs_access_group_id`: an id (UUID) (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acs_access_group_id: Option<crate::Uuid>,
}

/// A `UnmanagedAcsUserPendingMutation` whose `mutation_code` is `updating_suspension_state`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsUserPendingMutationUpdatingSuspensionState {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `from`: a [`UnmanagedAcsUserPendingMutationUpdatingSuspensionStateFrom`](crate::resources::UnmanagedAcsUserPendingMutationUpdatingSuspensionStateFrom) (always present).
    pub from: crate::resources::UnmanagedAcsUserPendingMutationUpdatingSuspensionStateFrom,
    /// `message`: a string (always present).
    pub message: String,
    /// `to`: a [`UnmanagedAcsUserPendingMutationUpdatingSuspensionStateTo`](crate::resources::UnmanagedAcsUserPendingMutationUpdatingSuspensionStateTo) (always present).
    pub to: crate::resources::UnmanagedAcsUserPendingMutationUpdatingSuspensionStateTo,
}

/// The `unmanaged_acs_user_pending_mutation_updating_suspension_state_from` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsUserPendingMutationUpdatingSuspensionStateFrom {
    /// `is_suspended`: a boolean (always present).
    pub is_suspended: bool,
}

/// The `unmanaged_acs_user_pending_mutation_updating_suspension_state_to` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsUserPendingMutationUpdatingSuspensionStateTo {
    /// `is_suspended`: a boolean (always present).
    pub is_suspended: bool,
}

/// A `UnmanagedAcsUserPendingMutation` whose `mutation_code` is `updating_user_information`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsUserPendingMutationUpdatingUserInformation {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `from`: a [`UnmanagedAcsUserPendingMutationUpdatingUserInformationFrom`](crate::resources::UnmanagedAcsUserPendingMutationUpdatingUserInformationFrom) (always present).
    pub from: crate::resources::UnmanagedAcsUserPendingMutationUpdatingUserInformationFrom,
    /// `message`: a string (always present).
    pub message: String,
    /// `to`: a [`UnmanagedAcsUserPendingMutationUpdatingUserInformationTo`](crate::resources::UnmanagedAcsUserPendingMutationUpdatingUserInformationTo) (always present).
    pub to: crate::resources::UnmanagedAcsUserPendingMutationUpdatingUserInformationTo,
}

/// The `unmanaged_acs_user_pending_mutation_updating_user_information_from` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsUserPendingMutationUpdatingUserInformationFrom {
    /// `email_address`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// `full_name`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    /// `phone_number`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
}

/// The `unmanaged_acs_user_pending_mutation_updating_user_information_to` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsUserPendingMutationUpdatingUserInformationTo {
    /// `email_address`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// `full_name`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    /// `phone_number`: a string (may be absent or null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
}

/// The `unmanaged_acs_user_salto_ks_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsUserSaltoKsMetadata {
    /// `is_subscribed`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_subscribed: Option<bool>,
}

/// The `unmanaged_acs_user_salto_space_metadata` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsUserSaltoSpaceMetadata {
    /// `audit_openings`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audit_openings: Option<bool>,
    /// `user_id`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
}

seamapi_runtime::tagged_union! {
    /// The `unmanaged_acs_user_warning` object.
    pub enum UnmanagedAcsUserWarning tag "warning_code" message {
        /// `warning_code` is `being_deleted`.
        BeingDeleted("being_deleted") => UnmanagedAcsUserWarningBeingDeleted,
        /// `warning_code` is `salto_ks_user_not_subscribed`.
        SaltoKsUserNotSubscribed("salto_ks_user_not_subscribed") => UnmanagedAcsUserWarningSaltoKsUserNotSubscribed,
        /// `warning_code` is `acs_user_inactive`.
        AcsUserInactive("acs_user_inactive") => UnmanagedAcsUserWarningAcsUserInactive,
        /// `warning_code` is `unknown_issue_with_acs_user`.
        UnknownIssueWithAcsUser("unknown_issue_with_acs_user") => UnmanagedAcsUserWarningUnknownIssueWithAcsUser,
        /// `warning_code` is `latch_resident_user`.
        LatchResidentUser("latch_resident_user") => UnmanagedAcsUserWarningLatchResidentUser,
    }
}

/// A `UnmanagedAcsUserWarning` whose `warning_code` is `acs_user_inactive`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsUserWarningAcsUserInactive {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

/// A `UnmanagedAcsUserWarning` whose `warning_code` is `being_deleted`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsUserWarningBeingDeleted {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

/// A `UnmanagedAcsUserWarning` whose `warning_code` is `latch_resident_user`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsUserWarningLatchResidentUser {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

/// A `UnmanagedAcsUserWarning` whose `warning_code` is `salto_ks_user_not_subscribed`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsUserWarningSaltoKsUserNotSubscribed {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

/// A `UnmanagedAcsUserWarning` whose `warning_code` is `unknown_issue_with_acs_user`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedAcsUserWarningUnknownIssueWithAcsUser {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// The `unmanaged_device` resource.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDevice {
    /// `can_configure_auto_lock`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_configure_auto_lock: Option<bool>,
    /// `can_hvac_cool`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_hvac_cool: Option<bool>,
    /// `can_hvac_heat`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_hvac_heat: Option<bool>,
    /// `can_hvac_heat_cool`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_hvac_heat_cool: Option<bool>,
    /// `can_program_offline_access_codes`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_program_offline_access_codes: Option<bool>,
    /// `can_program_online_access_codes`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_program_online_access_codes: Option<bool>,
    /// `can_program_thermostat_programs_as_different_each_day`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_program_thermostat_programs_as_different_each_day: Option<bool>,
    /// `can_program_thermostat_programs_as_same_each_day`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_program_thermostat_programs_as_same_each_day: Option<bool>,
    /// `can_program_thermostat_programs_as_weekday_weekend`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_program_thermostat_programs_as_weekday_weekend: Option<bool>,
    /// `can_remotely_lock`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_remotely_lock: Option<bool>,
    /// `can_remotely_unlock`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_remotely_unlock: Option<bool>,
    /// `can_run_thermostat_programs`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_run_thermostat_programs: Option<bool>,
    /// `can_simulate_connection`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_simulate_connection: Option<bool>,
    /// `can_simulate_disconnection`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_simulate_disconnection: Option<bool>,
    /// `can_simulate_hub_connection`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_simulate_hub_connection: Option<bool>,
    /// `can_simulate_hub_disconnection`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_simulate_hub_disconnection: Option<bool>,
    /// `can_simulate_paid_subscription`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_simulate_paid_subscription: Option<bool>,
    /// `can_simulate_removal`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_simulate_removal: Option<bool>,
    /// `can_turn_off_hvac`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_turn_off_hvac: Option<bool>,
    /// `can_unlock_with_code`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_unlock_with_code: Option<bool>,
    /// `capabilities_supported`: a list of [`DeviceCapabilitiesSupported`](crate::resources::DeviceCapabilitiesSupported) (always present).
    #[serde(default)]
    pub capabilities_supported: Vec<crate::resources::DeviceCapabilitiesSupported>,
    /// `connected_account_id`: an id (UUID) (always present).
    pub connected_account_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `custom_metadata`: an object of named values (always present).
    #[serde(default)]
    pub custom_metadata: ::std::collections::BTreeMap<String, crate::MetadataValue>,
    /// `device_id`: an id (UUID) (always present).
    pub device_id: crate::Uuid,
    /// `device_type`: a [`DeviceType`](crate::resources::DeviceType) (always present).
    pub device_type: crate::resources::DeviceType,
    /// `errors`: a list of [`UnmanagedDeviceError`](crate::resources::UnmanagedDeviceError) (always present).
    #[serde(default)]
    pub errors: Vec<crate::resources::UnmanagedDeviceError>,
    /// `is_managed`: a boolean (always present).
    pub is_managed: bool,
    /// `location`: a [`UnmanagedDeviceLocation`](crate::resources::UnmanagedDeviceLocation) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<crate::resources::UnmanagedDeviceLocation>,
    /// `properties`: a [`UnmanagedDeviceProperties`](crate::resources::UnmanagedDeviceProperties) (always present).
    pub properties: crate::resources::UnmanagedDeviceProperties,
    /// `warnings`: a list of [`UnmanagedDeviceWarning`](crate::resources::UnmanagedDeviceWarning) (always present).
    #[serde(default)]
    pub warnings: Vec<crate::resources::UnmanagedDeviceWarning>,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-devices")]
seamapi_runtime::tagged_union! {
    /// The `unmanaged_device_error` object.
    pub enum UnmanagedDeviceError tag "error_code" message {
        /// `error_code` is `account_disconnected`.
        AccountDisconnected("account_disconnected") => UnmanagedDeviceErrorAccountDisconnected,
        /// `error_code` is `salto_ks_subscription_limit_exceeded`.
        SaltoKsSubscriptionLimitExceeded("salto_ks_subscription_limit_exceeded") => UnmanagedDeviceErrorSaltoKsSubscriptionLimitExceeded,
        /// `error_code` is `dormakaba_sites_disconnected`.
        DormakabaSitesDisconnected("dormakaba_sites_disconnected") => UnmanagedDeviceErrorDormakabaSitesDisconnected,
        /// `error_code` is `device_offline`.
        DeviceOffline("device_offline") => UnmanagedDeviceErrorDeviceOffline,
        /// `error_code` is `device_removed`.
        DeviceRemoved("device_removed") => UnmanagedDeviceErrorDeviceRemoved,
        /// `error_code` is `hub_disconnected`.
        HubDisconnected("hub_disconnected") => UnmanagedDeviceErrorHubDisconnected,
        /// `error_code` is `device_disconnected`.
        DeviceDisconnected("device_disconnected") => UnmanagedDeviceErrorDeviceDisconnected,
        /// `error_code` is `empty_backup_access_code_pool`.
        EmptyBackupAccessCodePool("empty_backup_access_code_pool") => UnmanagedDeviceErrorEmptyBackupAccessCodePool,
        /// `error_code` is `august_lock_not_authorized`.
        AugustLockNotAuthorized("august_lock_not_authorized") => UnmanagedDeviceErrorAugustLockNotAuthorized,
        /// `error_code` is `missing_device_credentials`.
        MissingDeviceCredentials("missing_device_credentials") => UnmanagedDeviceErrorMissingDeviceCredentials,
        /// `error_code` is `auxiliary_heat_running`.
        AuxiliaryHeatRunning("auxiliary_heat_running") => UnmanagedDeviceErrorAuxiliaryHeatRunning,
        /// `error_code` is `subscription_required`.
        SubscriptionRequired("subscription_required") => UnmanagedDeviceErrorSubscriptionRequired,
        /// `error_code` is `bridge_disconnected`.
        BridgeDisconnected("bridge_disconnected") => UnmanagedDeviceErrorBridgeDisconnected,
    }
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceError` whose `error_code` is `account_disconnected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceErrorAccountDisconnected {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_connected_account_error`: a boolean (always present).
    pub is_connected_account_error: bool,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceError` whose `error_code` is `august_lock_not_authorized`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceErrorAugustLockNotAuthorized {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceError` whose `error_code` is `auxiliary_heat_running`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceErrorAuxiliaryHeatRunning {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceError` whose `error_code` is `bridge_disconnected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceErrorBridgeDisconnected {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_bridge_error`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_bridge_error: Option<bool>,
    /// `is_connected_account_error`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_connected_account_error: Option<bool>,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceError` whose `error_code` is `device_disconnected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceErrorDeviceDisconnected {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceError` whose `error_code` is `device_offline`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceErrorDeviceOffline {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceError` whose `error_code` is `device_removed`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceErrorDeviceRemoved {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceError` whose `error_code` is `dormakaba_sites_disconnected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceErrorDormakabaSitesDisconnected {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_connected_account_error`: a boolean (always present).
    pub is_connected_account_error: bool,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceError` whose `error_code` is `empty_backup_access_code_pool`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceErrorEmptyBackupAccessCodePool {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceError` whose `error_code` is `hub_disconnected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceErrorHubDisconnected {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceError` whose `error_code` is `missing_device_credentials`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceErrorMissingDeviceCredentials {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceError` whose `error_code` is `salto_ks_subscription_limit_exceeded`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceErrorSaltoKsSubscriptionLimitExceeded {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_connected_account_error`: a boolean (always present).
    pub is_connected_account_error: bool,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceError` whose `error_code` is `subscription_required`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceErrorSubscriptionRequired {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `is_device_error`: a boolean (always present).
    pub is_device_error: bool,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// The `unmanaged_device_location` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceLocation {
    /// `location_name`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_name: Option<String>,
    /// `time_zone`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
    /// `timezone`: a string (may be absent).
    #[deprecated(note = "Seam: Use `time_zone` instead.")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
}

#[cfg(feature = "api-devices")]
/// The `unmanaged_device_properties` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceProperties {
    /// `accessory_keypad`: a [`UnmanagedDevicePropertiesAccessoryKeypad`](crate::resources::UnmanagedDevicePropertiesAccessoryKeypad) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accessory_keypad: Option<crate::resources::UnmanagedDevicePropertiesAccessoryKeypad>,
    /// `battery`: a [`UnmanagedDevicePropertiesBattery`](crate::resources::UnmanagedDevicePropertiesBattery) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub battery: Option<crate::resources::UnmanagedDevicePropertiesBattery>,
    /// `battery_level`: a number (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub battery_level: Option<f64>,
    /// `image_alt_text`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_alt_text: Option<String>,
    /// `image_url`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    /// `manufacturer`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manufacturer: Option<String>,
    /// `model`: a [`UnmanagedDevicePropertiesModel`](crate::resources::UnmanagedDevicePropertiesModel) (always present).
    pub model: crate::resources::UnmanagedDevicePropertiesModel,
    /// `name`: a string (always present).
    #[deprecated(note = "Seam: use device.display_name instead")]
    pub name: String,
    /// `offline_access_codes_enabled`: a boolean (may be absent).
    #[deprecated(note = "Seam: use device.can_program_offline_access_codes")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offline_access_codes_enabled: Option<bool>,
    /// `online`: a boolean (always present).
    pub online: bool,
    /// `online_access_codes_enabled`: a boolean (may be absent).
    #[deprecated(note = "Seam: use device.can_program_online_access_codes")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub online_access_codes_enabled: Option<bool>,
}

#[cfg(feature = "api-devices")]
/// The `unmanaged_device_properties_accessory_keypad` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDevicePropertiesAccessoryKeypad {
    /// `battery`: a [`UnmanagedDevicePropertiesAccessoryKeypadBattery`](crate::resources::UnmanagedDevicePropertiesAccessoryKeypadBattery) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub battery: Option<crate::resources::UnmanagedDevicePropertiesAccessoryKeypadBattery>,
    /// `is_connected`: a boolean (always present).
    pub is_connected: bool,
}

#[cfg(feature = "api-devices")]
/// The `unmanaged_device_properties_accessory_keypad_battery` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDevicePropertiesAccessoryKeypadBattery {
    /// `level`: a number (always present).
    pub level: f64,
}

#[cfg(feature = "api-devices")]
/// The `unmanaged_device_properties_battery` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDevicePropertiesBattery {
    /// `level`: a number (always present).
    pub level: f64,
    /// `status`: a [`BatteryStatus`](crate::resources::BatteryStatus) (always present).
    pub status: crate::resources::BatteryStatus,
}

#[cfg(feature = "api-devices")]
/// The `unmanaged_device_properties_model` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDevicePropertiesModel {
    /// `accessory_keypad_supported`: a boolean (may be absent).
    #[deprecated(note = "Seam: use device.properties.model.can_connect_accessory_keypad")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accessory_keypad_supported: Option<bool>,
    /// `can_connect_accessory_keypad`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_connect_accessory_keypad: Option<bool>,
    /// `display_name`: a string (always present).
    pub display_name: String,
    /// `has_built_in_keypad`: a boolean (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_built_in_keypad: Option<bool>,
    /// `manufacturer_display_name`: a string (always present).
    pub manufacturer_display_name: String,
    /// `offline_access_codes_supported`: a boolean (may be absent).
    #[deprecated(note = "Seam: use device.can_program_offline_access_codes.")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offline_access_codes_supported: Option<bool>,
    /// `online_access_codes_supported`: a boolean (may be absent).
    #[deprecated(note = "Seam: use device.can_program_online_access_codes.")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub online_access_codes_supported: Option<bool>,
}

#[cfg(feature = "api-devices")]
seamapi_runtime::tagged_union! {
    /// The `unmanaged_device_warning` object.
    pub enum UnmanagedDeviceWarning tag "warning_code" message {
        /// `warning_code` is `partial_backup_access_code_pool`.
        PartialBackupAccessCodePool("partial_backup_access_code_pool") => UnmanagedDeviceWarningPartialBackupAccessCodePool,
        /// `warning_code` is `many_active_backup_codes`.
        ManyActiveBackupCodes("many_active_backup_codes") => UnmanagedDeviceWarningManyActiveBackupCodes,
        /// `warning_code` is `third_party_integration_detected`.
        ThirdPartyIntegrationDetected("third_party_integration_detected") => UnmanagedDeviceWarningThirdPartyIntegrationDetected,
        /// `warning_code` is `ttlock_lock_gateway_unlocking_not_enabled`.
        TtlockLockGatewayUnlockingNotEnabled("ttlock_lock_gateway_unlocking_not_enabled") => UnmanagedDeviceWarningTtlockLockGatewayUnlockingNotEnabled,
        /// `warning_code` is `ttlock_weak_gateway_signal`.
        TtlockWeakGatewaySignal("ttlock_weak_gateway_signal") => UnmanagedDeviceWarningTtlockWeakGatewaySignal,
        /// `warning_code` is `power_saving_mode`.
        PowerSavingMode("power_saving_mode") => UnmanagedDeviceWarningPowerSavingMode,
        /// `warning_code` is `temperature_threshold_exceeded`.
        TemperatureThresholdExceeded("temperature_threshold_exceeded") => UnmanagedDeviceWarningTemperatureThresholdExceeded,
        /// `warning_code` is `device_communication_degraded`.
        DeviceCommunicationDegraded("device_communication_degraded") => UnmanagedDeviceWarningDeviceCommunicationDegraded,
        /// `warning_code` is `scheduled_maintenance_window`.
        ScheduledMaintenanceWindow("scheduled_maintenance_window") => UnmanagedDeviceWarningScheduledMaintenanceWindow,
        /// `warning_code` is `device_has_flaky_connection`.
        DeviceHasFlakyConnection("device_has_flaky_connection") => UnmanagedDeviceWarningDeviceHasFlakyConnection,
        /// `warning_code` is `salto_ks_office_mode`.
        SaltoKsOfficeMode("salto_ks_office_mode") => UnmanagedDeviceWarningSaltoKsOfficeMode,
        /// `warning_code` is `salto_ks_privacy_mode`.
        SaltoKsPrivacyMode("salto_ks_privacy_mode") => UnmanagedDeviceWarningSaltoKsPrivacyMode,
        /// `warning_code` is `privacy_mode`.
        PrivacyMode("privacy_mode") => UnmanagedDeviceWarningPrivacyMode,
        /// `warning_code` is `salto_ks_subscription_limit_almost_reached`.
        SaltoKsSubscriptionLimitAlmostReached("salto_ks_subscription_limit_almost_reached") => UnmanagedDeviceWarningSaltoKsSubscriptionLimitAlmostReached,
        /// `warning_code` is `salto_ks_lock_access_code_support_removed`.
        SaltoKsLockAccessCodeSupportRemoved("salto_ks_lock_access_code_support_removed") => UnmanagedDeviceWarningSaltoKsLockAccessCodeSupportRemoved,
        /// `warning_code` is `unknown_issue_with_phone`.
        UnknownIssueWithPhone("unknown_issue_with_phone") => UnmanagedDeviceWarningUnknownIssueWithPhone,
        /// `warning_code` is `lockly_time_zone_not_configured`.
        LocklyTimeZoneNotConfigured("lockly_time_zone_not_configured") => UnmanagedDeviceWarningLocklyTimeZoneNotConfigured,
        /// `warning_code` is `ultraloq_time_zone_unknown`.
        UltraloqTimeZoneUnknown("ultraloq_time_zone_unknown") => UnmanagedDeviceWarningUltraloqTimeZoneUnknown,
        /// `warning_code` is `time_zone_unknown`.
        TimeZoneUnknown("time_zone_unknown") => UnmanagedDeviceWarningTimeZoneUnknown,
        /// `warning_code` is `time_zone_mismatch`.
        TimeZoneMismatch("time_zone_mismatch") => UnmanagedDeviceWarningTimeZoneMismatch,
        /// `warning_code` is `two_n_device_missing_timezone`.
        TwoNDeviceMissingTimezone("two_n_device_missing_timezone") => UnmanagedDeviceWarningTwoNDeviceMissingTimezone,
        /// `warning_code` is `hub_required_for_additional_capabilities`.
        HubRequiredForAdditionalCapabilities("hub_required_for_additional_capabilities") => UnmanagedDeviceWarningHubRequiredForAdditionalCapabilities,
        /// `warning_code` is `provider_issue`.
        ProviderIssue("provider_issue") => UnmanagedDeviceWarningProviderIssue,
        /// `warning_code` is `keynest_unsupported_locker`.
        KeynestUnsupportedLocker("keynest_unsupported_locker") => UnmanagedDeviceWarningKeynestUnsupportedLocker,
        /// `warning_code` is `accessory_keypad_setup_required`.
        AccessoryKeypadSetupRequired("accessory_keypad_setup_required") => UnmanagedDeviceWarningAccessoryKeypadSetupRequired,
        /// `warning_code` is `unreliable_online_status`.
        UnreliableOnlineStatus("unreliable_online_status") => UnmanagedDeviceWarningUnreliableOnlineStatus,
        /// `warning_code` is `max_access_codes_reached`.
        MaxAccessCodesReached("max_access_codes_reached") => UnmanagedDeviceWarningMaxAccessCodesReached,
        /// `warning_code` is `insufficient_permissions`.
        InsufficientPermissions("insufficient_permissions") => UnmanagedDeviceWarningInsufficientPermissions,
    }
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceWarning` whose `warning_code` is `accessory_keypad_setup_required`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceWarningAccessoryKeypadSetupRequired {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceWarning` whose `warning_code` is `device_communication_degraded`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceWarningDeviceCommunicationDegraded {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceWarning` whose `warning_code` is `device_has_flaky_connection`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceWarningDeviceHasFlakyConnection {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceWarning` whose `warning_code` is `hub_required_for_additional_capabilities`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceWarningHubRequiredForAdditionalCapabilities {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceWarning` whose `warning_code` is `insufficient_permissions`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceWarningInsufficientPermissions {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceWarning` whose `warning_code` is `keynest_unsupported_locker`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceWarningKeynestUnsupportedLocker {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceWarning` whose `warning_code` is `lockly_time_zone_not_configured`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceWarningLocklyTimeZoneNotConfigured {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceWarning` whose `warning_code` is `many_active_backup_codes`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceWarningManyActiveBackupCodes {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceWarning` whose `warning_code` is `max_access_codes_reached`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceWarningMaxAccessCodesReached {
    /// `active_access_code_count`: an integer (always present).
    pub active_access_code_count: i64,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `max_active_access_code_count`: an integer (always present).
    pub max_active_access_code_count: i64,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceWarning` whose `warning_code` is `partial_backup_access_code_pool`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceWarningPartialBackupAccessCodePool {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceWarning` whose `warning_code` is `power_saving_mode`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceWarningPowerSavingMode {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceWarning` whose `warning_code` is `privacy_mode`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceWarningPrivacyMode {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceWarning` whose `warning_code` is `provider_issue`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceWarningProviderIssue {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceWarning` whose `warning_code` is `salto_ks_lock_access_code_support_removed`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceWarningSaltoKsLockAccessCodeSupportRemoved {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceWarning` whose `warning_code` is `salto_ks_office_mode`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceWarningSaltoKsOfficeMode {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceWarning` whose `warning_code` is `salto_ks_privacy_mode`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceWarningSaltoKsPrivacyMode {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceWarning` whose `warning_code` is `salto_ks_subscription_limit_almost_reached`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceWarningSaltoKsSubscriptionLimitAlmostReached {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceWarning` whose `warning_code` is `scheduled_maintenance_window`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceWarningScheduledMaintenanceWindow {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceWarning` whose `warning_code` is `temperature_threshold_exceeded`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceWarningTemperatureThresholdExceeded {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceWarning` whose `warning_code` is `third_party_integration_detected`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceWarningThirdPartyIntegrationDetected {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceWarning` whose `warning_code` is `time_zone_mismatch`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceWarningTimeZoneMismatch {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceWarning` whose `warning_code` is `time_zone_unknown`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceWarningTimeZoneUnknown {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceWarning` whose `warning_code` is `ttlock_lock_gateway_unlocking_not_enabled`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceWarningTtlockLockGatewayUnlockingNotEnabled {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceWarning` whose `warning_code` is `ttlock_weak_gateway_signal`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceWarningTtlockWeakGatewaySignal {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceWarning` whose `warning_code` is `two_n_device_missing_timezone`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceWarningTwoNDeviceMissingTimezone {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceWarning` whose `warning_code` is `ultraloq_time_zone_unknown`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceWarningUltraloqTimeZoneUnknown {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceWarning` whose `warning_code` is `unknown_issue_with_phone`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceWarningUnknownIssueWithPhone {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-devices")]
/// A `UnmanagedDeviceWarning` whose `warning_code` is `unreliable_online_status`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedDeviceWarningUnreliableOnlineStatus {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-user-identities")]
/// The `unmanaged_user_identity` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedUserIdentity {
    /// `acs_user_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub acs_user_ids: Vec<crate::Uuid>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `display_name`: a string (always present).
    pub display_name: String,
    /// `email_address`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// `errors`: a list of [`UnmanagedUserIdentityError`](crate::resources::UnmanagedUserIdentityError) (always present).
    #[serde(default)]
    pub errors: Vec<crate::resources::UnmanagedUserIdentityError>,
    /// `full_name`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    /// `phone_number`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// `user_identity_id`: an id (UUID) (always present).
    pub user_identity_id: crate::Uuid,
    /// `warnings`: a list of [`UnmanagedUserIdentityWarning`](crate::resources::UnmanagedUserIdentityWarning) (always present).
    #[serde(default)]
    pub warnings: Vec<crate::resources::UnmanagedUserIdentityWarning>,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-user-identities")]
seamapi_runtime::tagged_union! {
    /// The `unmanaged_user_identity_error` object.
    pub enum UnmanagedUserIdentityError tag "error_code" message {
        /// `error_code` is `issue_with_acs_user`.
        IssueWithAcsUser("issue_with_acs_user") => UnmanagedUserIdentityErrorIssueWithAcsUser,
    }
}

#[cfg(feature = "api-user-identities")]
/// A `UnmanagedUserIdentityError` whose `error_code` is `issue_with_acs_user`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedUserIdentityErrorIssueWithAcsUser {
    /// `acs_system_id`: an id (UUID) (always present).
    pub acs_system_id: crate::Uuid,
    /// `acs_user_id`: an id (UUID) (always present).
    pub acs_user_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-user-identities")]
seamapi_runtime::tagged_union! {
    /// The `unmanaged_user_identity_warning` object.
    pub enum UnmanagedUserIdentityWarning tag "warning_code" message {
        /// `warning_code` is `being_deleted`.
        BeingDeleted("being_deleted") => UnmanagedUserIdentityWarningBeingDeleted,
        /// `warning_code` is `acs_user_profile_does_not_match_user_identity`.
        AcsUserProfileDoesNotMatchUserIdentity("acs_user_profile_does_not_match_user_identity") => UnmanagedUserIdentityWarningAcsUserProfileDoesNotMatchUserIdentity,
    }
}

#[cfg(feature = "api-user-identities")]
/// A `UnmanagedUserIdentityWarning` whose `warning_code` is `acs_user_profile_does_not_match_user_identity`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedUserIdentityWarningAcsUserProfileDoesNotMatchUserIdentity {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-user-identities")]
/// A `UnmanagedUserIdentityWarning` whose `warning_code` is `being_deleted`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnmanagedUserIdentityWarningBeingDeleted {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(feature = "api-access-grants", feature = "api-user-identities"))]
/// The `user_identity` resource.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UserIdentity {
    /// `acs_user_ids`: a list of id (UUID) (always present).
    #[serde(default)]
    pub acs_user_ids: Vec<crate::Uuid>,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `display_name`: a string (always present).
    pub display_name: String,
    /// `email_address`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// `errors`: a list of [`UserIdentityError`](crate::resources::UserIdentityError) (always present).
    #[serde(default)]
    pub errors: Vec<crate::resources::UserIdentityError>,
    /// `full_name`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    /// `phone_number`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// `user_identity_id`: an id (UUID) (always present).
    pub user_identity_id: crate::Uuid,
    /// `user_identity_key`: a string (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_identity_key: Option<String>,
    /// `warnings`: a list of [`UserIdentityWarning`](crate::resources::UserIdentityWarning) (always present).
    #[serde(default)]
    pub warnings: Vec<crate::resources::UserIdentityWarning>,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(any(feature = "api-access-grants", feature = "api-user-identities"))]
seamapi_runtime::tagged_union! {
    /// The `user_identity_error` object.
    pub enum UserIdentityError tag "error_code" message {
        /// `error_code` is `issue_with_acs_user`.
        IssueWithAcsUser("issue_with_acs_user") => UserIdentityErrorIssueWithAcsUser,
    }
}

#[cfg(any(feature = "api-access-grants", feature = "api-user-identities"))]
/// A `UserIdentityError` whose `error_code` is `issue_with_acs_user`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UserIdentityErrorIssueWithAcsUser {
    /// `acs_system_id`: an id (UUID) (always present).
    pub acs_system_id: crate::Uuid,
    /// `acs_user_id`: an id (UUID) (always present).
    pub acs_user_id: crate::Uuid,
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(feature = "api-access-grants", feature = "api-user-identities"))]
seamapi_runtime::tagged_union! {
    /// The `user_identity_warning` object.
    pub enum UserIdentityWarning tag "warning_code" message {
        /// `warning_code` is `being_deleted`.
        BeingDeleted("being_deleted") => UserIdentityWarningBeingDeleted,
        /// `warning_code` is `acs_user_profile_does_not_match_user_identity`.
        AcsUserProfileDoesNotMatchUserIdentity("acs_user_profile_does_not_match_user_identity") => UserIdentityWarningAcsUserProfileDoesNotMatchUserIdentity,
    }
}

#[cfg(any(feature = "api-access-grants", feature = "api-user-identities"))]
/// A `UserIdentityWarning` whose `warning_code` is `acs_user_profile_does_not_match_user_identity`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UserIdentityWarningAcsUserProfileDoesNotMatchUserIdentity {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(any(feature = "api-access-grants", feature = "api-user-identities"))]
/// A `UserIdentityWarning` whose `warning_code` is `being_deleted`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct UserIdentityWarningBeingDeleted {
    /// `created_at`: a timestamp (always present).
    pub created_at: crate::Timestamp,
    /// `message`: a string (always present).
    pub message: String,
}

#[cfg(feature = "api-webhooks")]
/// The `webhook` resource.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct Webhook {
    /// `event_types`: a list of string (may be absent).
    #[serde(default)]
    pub event_types: Vec<String>,
    /// `secret`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    /// `url`: a string (always present).
    pub url: String,
    /// `webhook_id`: a string (always present).
    pub webhook_id: String,
}

#[cfg(feature = "api-workspaces")]
/// The `workspace` resource.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct Workspace {
    /// `company_name`: a string (always present).
    pub company_name: String,
    /// `connect_partner_name`: a string (may be null).
    #[deprecated(note = "Seam: Use `company_name` instead.")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connect_partner_name: Option<String>,
    /// `connect_webview_customization`: a [`WorkspaceConnectWebviewCustomization`](crate::resources::WorkspaceConnectWebviewCustomization) (always present).
    pub connect_webview_customization: crate::resources::WorkspaceConnectWebviewCustomization,
    /// `is_publishable_key_auth_enabled`: a boolean (always present).
    pub is_publishable_key_auth_enabled: bool,
    /// `is_sandbox`: a boolean (always present).
    pub is_sandbox: bool,
    /// `is_suspended`: a boolean (always present).
    pub is_suspended: bool,
    /// `name`: a string (always present).
    pub name: String,
    /// `organization_id`: an id (UUID) (may be null).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<crate::Uuid>,
    /// `publishable_key`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publishable_key: Option<String>,
    /// `workspace_id`: an id (UUID) (always present).
    pub workspace_id: crate::Uuid,
}

#[cfg(feature = "api-workspaces")]
/// The `workspace_connect_webview_customization` object.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct WorkspaceConnectWebviewCustomization {
    /// `inviter_logo_url`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inviter_logo_url: Option<String>,
    /// `logo_shape`: a [`LogoShape`](crate::resources::LogoShape) (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_shape: Option<crate::resources::LogoShape>,
    /// `primary_button_color`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_button_color: Option<String>,
    /// `primary_button_text_color`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_button_text_color: Option<String>,
    /// `success_message`: a string (may be absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success_message: Option<String>,
}
