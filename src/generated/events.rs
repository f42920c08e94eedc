//! The `events` endpoints of the Seam API.
//!
//! Generated from Seam's OpenAPI document by `seamapi-codegen`: do not edit.

pub use crate::resources::SeamEvent;

/// `GET /events/get`: returns [`SeamEvent`](crate::resources::SeamEvent) (under `event`).
///
/// See <https://docs.seam.co/api/events/get>.
#[crate::seam_endpoint(GET, "/events/get", response = crate::resources::SeamEvent, key = "event")]
#[derive(Default)]
#[non_exhaustive]
pub struct GetEvent {
    /// `device_id`: an id (UUID) (optional).
    pub device_id: Option<crate::Uuid>,
    /// `event_id`: an id (UUID) (optional).
    pub event_id: Option<crate::Uuid>,
    /// `event_type`: a string (optional).
    pub event_type: Option<String>,
}

#[allow(deprecated)]
impl GetEvent {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        GetEvent {
            device_id: None,
            event_id: None,
            event_type: None,
        }
    }
}

crate::setters::setters! {
    GetEvent {
        /// Sets `device_id`.
        plain device_id: crate::Uuid,
        /// Sets `event_id`.
        plain event_id: crate::Uuid,
        /// Sets `event_type`.
        value event_type: String,
    }
}

/// `POST /events/list`: returns a list of [`SeamEvent`](crate::resources::SeamEvent) (under `events`).
///
/// See <https://docs.seam.co/api/events/list>.
#[crate::seam_endpoint(POST, "/events/list", response = Vec<crate::resources::SeamEvent>, key = "events")]
#[derive(Default)]
#[non_exhaustive]
pub struct ListEvents {
    /// `access_code_id`: an id (UUID) (optional).
    pub access_code_id: Option<crate::Uuid>,
    /// `access_code_ids`: a list of id (UUID) (optional).
    pub access_code_ids: Option<Vec<crate::Uuid>>,
    /// `access_grant_id`: an id (UUID) (optional).
    pub access_grant_id: Option<crate::Uuid>,
    /// `access_grant_ids`: a list of id (UUID) (optional).
    pub access_grant_ids: Option<Vec<crate::Uuid>>,
    /// `access_method_id`: an id (UUID) (optional).
    pub access_method_id: Option<crate::Uuid>,
    /// `access_method_ids`: a list of id (UUID) (optional).
    pub access_method_ids: Option<Vec<crate::Uuid>>,
    /// `acs_access_group_id`: an id (UUID) (optional).
    pub acs_access_group_id: Option<crate::Uuid>,
    /// `acs_credential_id`: an id (UUID) (optional).
    pub acs_credential_id: Option<crate::Uuid>,
    /// `acs_encoder_id`: an id (UUID) (optional).
    pub acs_encoder_id: Option<crate::Uuid>,
    /// `acs_entrance_id`: an id (UUID) (optional).
    pub acs_entrance_id: Option<crate::Uuid>,
    /// `acs_system_id`: an id (UUID) (optional).
    pub acs_system_id: Option<crate::Uuid>,
    /// `acs_system_ids`: a list of id (UUID) (optional).
    pub acs_system_ids: Option<Vec<crate::Uuid>>,
    /// `acs_user_id`: an id (UUID) (optional).
    pub acs_user_id: Option<crate::Uuid>,
    /// `between`: a list of string (optional).
    pub between: Option<Vec<String>>,
    /// `connect_webview_id`: an id (UUID) (optional).
    pub connect_webview_id: Option<crate::Uuid>,
    /// `connected_account_id`: an id (UUID) (optional).
    pub connected_account_id: Option<crate::Uuid>,
    /// `customer_key`: a string (optional).
    pub customer_key: Option<String>,
    /// `device_id`: an id (UUID) (optional).
    pub device_id: Option<crate::Uuid>,
    /// `device_ids`: a list of id (UUID) (optional).
    pub device_ids: Option<Vec<crate::Uuid>>,
    /// `event_ids`: a list of id (UUID) (optional).
    pub event_ids: Option<Vec<crate::Uuid>>,
    /// `event_type`: a [`ListEventsEventType`] (optional).
    pub event_type: Option<ListEventsEventType>,
    /// `event_types`: a list of [`ListEventsEventType`] (optional).
    pub event_types: Option<Vec<ListEventsEventType>>,
    /// `limit`: an integer (optional).
    pub limit: Option<u32>,
    /// `since`: a string (optional).
    pub since: Option<String>,
    /// `space_id`: an id (UUID) (optional).
    pub space_id: Option<crate::Uuid>,
    /// `space_ids`: a list of id (UUID) (optional).
    pub space_ids: Option<Vec<crate::Uuid>>,
    /// `unstable_offset`: a number (optional).
    pub unstable_offset: Option<f64>,
    /// `user_identity_id`: an id (UUID) (optional).
    pub user_identity_id: Option<crate::Uuid>,
}

#[allow(deprecated)]
impl ListEvents {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        ListEvents {
            access_code_id: None,
            access_code_ids: None,
            access_grant_id: None,
            access_grant_ids: None,
            access_method_id: None,
            access_method_ids: None,
            acs_access_group_id: None,
            acs_credential_id: None,
            acs_encoder_id: None,
            acs_entrance_id: None,
            acs_system_id: None,
            acs_system_ids: None,
            acs_user_id: None,
            between: None,
            connect_webview_id: None,
            connected_account_id: None,
            customer_key: None,
            device_id: None,
            device_ids: None,
            event_ids: None,
            event_type: None,
            event_types: None,
            limit: None,
            since: None,
            space_id: None,
            space_ids: None,
            unstable_offset: None,
            user_identity_id: None,
        }
    }
}

crate::setters::setters! {
    ListEvents {
        /// Sets `access_code_id`.
        plain access_code_id: crate::Uuid,
        /// Sets `access_code_ids`.
        list access_code_ids: crate::Uuid,
        /// Sets `access_grant_id`.
        plain access_grant_id: crate::Uuid,
        /// Sets `access_grant_ids`.
        list access_grant_ids: crate::Uuid,
        /// Sets `access_method_id`.
        plain access_method_id: crate::Uuid,
        /// Sets `access_method_ids`.
        list access_method_ids: crate::Uuid,
        /// Sets `acs_access_group_id`.
        plain acs_access_group_id: crate::Uuid,
        /// Sets `acs_credential_id`.
        plain acs_credential_id: crate::Uuid,
        /// Sets `acs_encoder_id`.
        plain acs_encoder_id: crate::Uuid,
        /// Sets `acs_entrance_id`.
        plain acs_entrance_id: crate::Uuid,
        /// Sets `acs_system_id`.
        plain acs_system_id: crate::Uuid,
        /// Sets `acs_system_ids`.
        list acs_system_ids: crate::Uuid,
        /// Sets `acs_user_id`.
        plain acs_user_id: crate::Uuid,
        /// Sets `between`.
        list between: String,
        /// Sets `connect_webview_id`.
        plain connect_webview_id: crate::Uuid,
        /// Sets `connected_account_id`.
        plain connected_account_id: crate::Uuid,
        /// Sets `customer_key`.
        value customer_key: String,
        /// Sets `device_id`.
        plain device_id: crate::Uuid,
        /// Sets `device_ids`.
        list device_ids: crate::Uuid,
        /// Sets `event_ids`.
        list event_ids: crate::Uuid,
        /// Sets `event_type`.
        value event_type: ListEventsEventType,
        /// Sets `event_types`.
        list event_types: ListEventsEventType,
        /// Sets `limit`.
        plain limit: u32,
        /// Sets `since`.
        value since: String,
        /// Sets `space_id`.
        plain space_id: crate::Uuid,
        /// Sets `space_ids`.
        list space_ids: crate::Uuid,
        /// Sets `unstable_offset`.
        plain unstable_offset: f64,
        /// Sets `user_identity_id`.
        plain user_identity_id: crate::Uuid,
    }
}

seamapi_runtime::string_enum! {
    /// The values of `list_events_event_type`.
    pub enum ListEventsEventType {
        /// `access_code.created`.
        AccessCodeCreated => "access_code.created",
        /// `access_code.changed`.
        AccessCodeChanged => "access_code.changed",
        /// `access_code.name_changed`.
        AccessCodeNameChanged => "access_code.name_changed",
        /// `access_code.code_changed`.
        AccessCodeCodeChanged => "access_code.code_changed",
        /// `access_code.time_frame_changed`.
        AccessCodeTimeFrameChanged => "access_code.time_frame_changed",
        /// `access_code.mutations_requested`.
        AccessCodeMutationsRequested => "access_code.mutations_requested",
        /// `access_code.scheduled_on_device`.
        AccessCodeScheduledOnDevice => "access_code.scheduled_on_device",
        /// `access_code.set_on_device`.
        AccessCodeSetOnDevice => "access_code.set_on_device",
        /// `access_code.removed_from_device`.
        AccessCodeRemovedFromDevice => "access_code.removed_from_device",
        /// `access_code.delay_in_setting_on_device`.
        AccessCodeDelayInSettingOnDevice => "access_code.delay_in_setting_on_device",
        /// `access_code.failed_to_set_on_device`.
        AccessCodeFailedToSetOnDevice => "access_code.failed_to_set_on_device",
        /// `access_code.deleted`.
        AccessCodeDeleted => "access_code.deleted",
        /// `access_code.delay_in_removing_from_device`.
        AccessCodeDelayInRemovingFromDevice => "access_code.delay_in_removing_from_device",
        /// `access_code.failed_to_remove_from_device`.
        AccessCodeFailedToRemoveFromDevice => "access_code.failed_to_remove_from_device",
        /// `access_code.modified_external_to_seam`.
        AccessCodeModifiedExternalToSeam => "access_code.modified_external_to_seam",
        /// `access_code.deleted_external_to_seam`.
        AccessCodeDeletedExternalToSeam => "access_code.deleted_external_to_seam",
        /// `access_code.backup_access_code_pulled`.
        AccessCodeBackupAccessCodePulled => "access_code.backup_access_code_pulled",
        /// `access_code.unmanaged.converted_to_managed`.
        AccessCodeUnmanagedConvertedToManaged => "access_code.unmanaged.converted_to_managed",
        /// `access_code.unmanaged.failed_to_convert_to_managed`.
        AccessCodeUnmanagedFailedToConvertToManaged => "access_code.unmanaged.failed_to_convert_to_managed",
        /// `access_code.unmanaged.created`.
        AccessCodeUnmanagedCreated => "access_code.unmanaged.created",
        /// `access_code.unmanaged.removed`.
        AccessCodeUnmanagedRemoved => "access_code.unmanaged.removed",
        /// `access_grant.created`.
        AccessGrantCreated => "access_grant.created",
        /// `access_grant.deleted`.
        AccessGrantDeleted => "access_grant.deleted",
        /// `access_grant.access_granted_to_all_doors`.
        AccessGrantAccessGrantedToAllDoors => "access_grant.access_granted_to_all_doors",
        /// `access_grant.access_granted_to_door`.
        AccessGrantAccessGrantedToDoor => "access_grant.access_granted_to_door",
        /// `access_grant.access_to_door_lost`.
        AccessGrantAccessToDoorLost => "access_grant.access_to_door_lost",
        /// `access_grant.access_times_changed`.
        AccessGrantAccessTimesChanged => "access_grant.access_times_changed",
        /// `access_grant.could_not_create_requested_access_methods`.
        AccessGrantCouldNotCreateRequestedAccessMethods => "access_grant.could_not_create_requested_access_methods",
        /// `access_method.issued`.
        AccessMethodIssued => "access_method.issued",
        /// `access_method.revoked`.
        AccessMethodRevoked => "access_method.revoked",
        /// `access_method.card_encoding_required`.
        AccessMethodCardEncodingRequired => "access_method.card_encoding_required",
        /// `access_method.deleted`.
        AccessMethodDeleted => "access_method.deleted",
        /// `access_method.reissued`.
        AccessMethodReissued => "access_method.reissued",
        /// `access_method.created`.
        AccessMethodCreated => "access_method.created",
        /// `access_method.delay_in_issuing`.
        AccessMethodDelayInIssuing => "access_method.delay_in_issuing",
        /// `access_method.failed_to_issue`.
        AccessMethodFailedToIssue => "access_method.failed_to_issue",
        /// `acs_system.connected`.
        AcsSystemConnected => "acs_system.connected",
        /// `acs_system.added`.
        AcsSystemAdded => "acs_system.added",
        /// `acs_system.disconnected`.
        AcsSystemDisconnected => "acs_system.disconnected",
        /// `acs_credential.deleted`.
        AcsCredentialDeleted => "acs_credential.deleted",
        /// `acs_credential.issued`.
        AcsCredentialIssued => "acs_credential.issued",
        /// `acs_credential.reissued`.
        AcsCredentialReissued => "acs_credential.reissued",
        /// `acs_credential.invalidated`.
        AcsCredentialInvalidated => "acs_credential.invalidated",
        /// `acs_user.created`.
        AcsUserCreated => "acs_user.created",
        /// `acs_user.deleted`.
        AcsUserDeleted => "acs_user.deleted",
        /// `acs_encoder.added`.
        AcsEncoderAdded => "acs_encoder.added",
        /// `acs_encoder.removed`.
        AcsEncoderRemoved => "acs_encoder.removed",
        /// `acs_access_group.deleted`.
        AcsAccessGroupDeleted => "acs_access_group.deleted",
        /// `acs_entrance.added`.
        AcsEntranceAdded => "acs_entrance.added",
        /// `acs_entrance.removed`.
        AcsEntranceRemoved => "acs_entrance.removed",
        /// `client_session.deleted`.
        ClientSessionDeleted => "client_session.deleted",
        /// `connected_account.connected`.
        ConnectedAccountConnected => "connected_account.connected",
        /// `connected_account.created`.
        ConnectedAccountCreated => "connected_account.created",
        /// `connected_account.successful_login`.
        ConnectedAccountSuccessfulLogin => "connected_account.successful_login",
        /// `connected_account.disconnected`.
        ConnectedAccountDisconnected => "connected_account.disconnected",
        /// `connected_account.completed_first_sync`.
        ConnectedAccountCompletedFirstSync => "connected_account.completed_first_sync",
        /// `connected_account.deleted`.
        ConnectedAccountDeleted => "connected_account.deleted",
        /// `connected_account.completed_first_sync_after_reconnection`.
        ConnectedAccountCompletedFirstSyncAfterReconnection => "connected_account.completed_first_sync_after_reconnection",
        /// `connected_account.reauthorization_requested`.
        ConnectedAccountReauthorizationRequested => "connected_account.reauthorization_requested",
        /// `action_attempt.lock_door.succeeded`.
        ActionAttemptLockDoorSucceeded => "action_attempt.lock_door.succeeded",
        /// `action_attempt.lock_door.failed`.
        ActionAttemptLockDoorFailed => "action_attempt.lock_door.failed",
        /// `action_attempt.unlock_door.succeeded`.
        ActionAttemptUnlockDoorSucceeded => "action_attempt.unlock_door.succeeded",
        /// `action_attempt.unlock_door.failed`.
        ActionAttemptUnlockDoorFailed => "action_attempt.unlock_door.failed",
        /// `action_attempt.simulate_keypad_code_entry.succeeded`.
        ActionAttemptSimulateKeypadCodeEntrySucceeded => "action_attempt.simulate_keypad_code_entry.succeeded",
        /// `action_attempt.simulate_keypad_code_entry.failed`.
        ActionAttemptSimulateKeypadCodeEntryFailed => "action_attempt.simulate_keypad_code_entry.failed",
        /// `action_attempt.simulate_manual_lock_via_keypad.succeeded`.
        ActionAttemptSimulateManualLockViaKeypadSucceeded => "action_attempt.simulate_manual_lock_via_keypad.succeeded",
        /// `action_attempt.simulate_manual_lock_via_keypad.failed`.
        ActionAttemptSimulateManualLockViaKeypadFailed => "action_attempt.simulate_manual_lock_via_keypad.failed",
        /// `connect_webview.login_succeeded`.
        ConnectWebviewLoginSucceeded => "connect_webview.login_succeeded",
        /// `connect_webview.login_failed`.
        ConnectWebviewLoginFailed => "connect_webview.login_failed",
        /// `device.connected`.
        DeviceConnected => "device.connected",
        /// `device.added`.
        DeviceAdded => "device.added",
        /// `device.converted_to_unmanaged`.
        DeviceConvertedToUnmanaged => "device.converted_to_unmanaged",
        /// `device.unmanaged.converted_to_managed`.
        DeviceUnmanagedConvertedToManaged => "device.unmanaged.converted_to_managed",
        /// `device.unmanaged.connected`.
        DeviceUnmanagedConnected => "device.unmanaged.connected",
        /// `device.disconnected`.
        DeviceDisconnected => "device.disconnected",
        /// `device.unmanaged.disconnected`.
        DeviceUnmanagedDisconnected => "device.unmanaged.disconnected",
        /// `device.tampered`.
        DeviceTampered => "device.tampered",
        /// `device.low_battery`.
        DeviceLowBattery => "device.low_battery",
        /// `device.battery_status_changed`.
        DeviceBatteryStatusChanged => "device.battery_status_changed",
        /// `device.removed`.
        DeviceRemoved => "device.removed",
        /// `device.deleted`.
        DeviceDeleted => "device.deleted",
        /// `device.third_party_integration_detected`.
        DeviceThirdPartyIntegrationDetected => "device.third_party_integration_detected",
        /// `device.third_party_integration_no_longer_detected`.
        DeviceThirdPartyIntegrationNoLongerDetected => "device.third_party_integration_no_longer_detected",
        /// `device.salto.privacy_mode_activated`.
        DeviceSaltoPrivacyModeActivated => "device.salto.privacy_mode_activated",
        /// `device.salto.privacy_mode_deactivated`.
        DeviceSaltoPrivacyModeDeactivated => "device.salto.privacy_mode_deactivated",
        /// `device.connection_became_flaky`.
        DeviceConnectionBecameFlaky => "device.connection_became_flaky",
        /// `device.connection_stabilized`.
        DeviceConnectionStabilized => "device.connection_stabilized",
        /// `device.error.subscription_required`.
        DeviceErrorSubscriptionRequired => "device.error.subscription_required",
        /// `device.error.subscription_required.resolved`.
        DeviceErrorSubscriptionRequiredResolved => "device.error.subscription_required.resolved",
        /// `device.accessory_keypad_connected`.
        DeviceAccessoryKeypadConnected => "device.accessory_keypad_connected",
        /// `device.accessory_keypad_disconnected`.
        DeviceAccessoryKeypadDisconnected => "device.accessory_keypad_disconnected",
        /// `noise_sensor.noise_threshold_triggered`.
        NoiseSensorNoiseThresholdTriggered => "noise_sensor.noise_threshold_triggered",
        /// `lock.locked`.
        LockLocked => "lock.locked",
        /// `lock.unlocked`.
        LockUnlocked => "lock.unlocked",
        /// `lock.access_denied`.
        LockAccessDenied => "lock.access_denied",
        /// `thermostat.climate_preset_activated`.
        ThermostatClimatePresetActivated => "thermostat.climate_preset_activated",
        /// `thermostat.manually_adjusted`.
        ThermostatManuallyAdjusted => "thermostat.manually_adjusted",
        /// `thermostat.temperature_threshold_exceeded`.
        ThermostatTemperatureThresholdExceeded => "thermostat.temperature_threshold_exceeded",
        /// `thermostat.temperature_threshold_no_longer_exceeded`.
        ThermostatTemperatureThresholdNoLongerExceeded => "thermostat.temperature_threshold_no_longer_exceeded",
        /// `thermostat.temperature_reached_set_point`.
        ThermostatTemperatureReachedSetPoint => "thermostat.temperature_reached_set_point",
        /// `thermostat.temperature_changed`.
        ThermostatTemperatureChanged => "thermostat.temperature_changed",
        /// `device.name_changed`.
        DeviceNameChanged => "device.name_changed",
        /// `camera.activated`.
        CameraActivated => "camera.activated",
        /// `device.doorbell_rang`.
        DeviceDoorbellRang => "device.doorbell_rang",
        /// `enrollment_automation.deleted`.
        EnrollmentAutomationDeleted => "enrollment_automation.deleted",
        /// `phone.deactivated`.
        PhoneDeactivated => "phone.deactivated",
        /// `space.device_membership_changed`.
        SpaceDeviceMembershipChanged => "space.device_membership_changed",
        /// `space.created`.
        SpaceCreated => "space.created",
        /// `space.deleted`.
        SpaceDeleted => "space.deleted",
    }
}
