//! The `thermostats` endpoints of the Seam API.
//!
//! Generated from Seam's OpenAPI document by `seamapi-codegen`: do not edit.

pub use crate::resources::{
    ClimatePresetMode, Device, DeviceCapabilityFlag, EcobeeMetadataOwner, FanModeSetting,
    HvacModeSetting, ThermostatDailyProgram, ThermostatSchedule,
};

/// `POST /thermostats/activate_climate_preset`: starts an action and returns its [`ActionAttempt`](crate::ActionAttempt), by default once it has resolved.
///
/// See <https://docs.seam.co/api/thermostats/activate_climate_preset>.
#[crate::seam_endpoint(POST, "/thermostats/activate_climate_preset", action_attempt)]
#[non_exhaustive]
pub struct ActivateClimatePreset {
    /// `climate_preset_key`: a string (required).
    pub climate_preset_key: String,
    /// `device_id`: an id (UUID) (required).
    pub device_id: crate::Uuid,
}

#[allow(deprecated)]
impl ActivateClimatePreset {
    /// A request with its required parameters (`climate_preset_key`, `device_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(climate_preset_key: impl Into<String>, device_id: crate::Uuid) -> Self {
        ActivateClimatePreset {
            climate_preset_key: climate_preset_key.into(),
            device_id,
        }
    }
}

/// `POST /thermostats/cool`: starts an action and returns its [`ActionAttempt`](crate::ActionAttempt), by default once it has resolved.
///
/// See <https://docs.seam.co/api/thermostats/cool>.
#[crate::seam_endpoint(POST, "/thermostats/cool", action_attempt)]
#[non_exhaustive]
pub struct Cool {
    /// `device_id`: an id (UUID) (required).
    pub device_id: crate::Uuid,
    /// `cooling_set_point_celsius`: a number (optional).
    pub cooling_set_point_celsius: Option<f64>,
    /// `cooling_set_point_fahrenheit`: a number (optional).
    pub cooling_set_point_fahrenheit: Option<f64>,
    /// `sync`: a boolean (optional).
    pub sync: Option<bool>,
}

#[allow(deprecated)]
impl Cool {
    /// A request with its required parameters (`device_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(device_id: crate::Uuid) -> Self {
        Cool {
            device_id,
            cooling_set_point_celsius: None,
            cooling_set_point_fahrenheit: None,
            sync: None,
        }
    }
}

crate::setters::setters! {
    Cool {
        /// Sets `cooling_set_point_celsius`.
        plain cooling_set_point_celsius: f64,
        /// Sets `cooling_set_point_fahrenheit`.
        plain cooling_set_point_fahrenheit: f64,
        /// Sets `sync`.
        plain sync: bool,
    }
}

/// `POST /thermostats/create_climate_preset`: returns nothing but success.
///
/// See <https://docs.seam.co/api/thermostats/create_climate_preset>.
#[crate::seam_endpoint(POST, "/thermostats/create_climate_preset")]
#[non_exhaustive]
pub struct CreateClimatePreset {
    /// `climate_preset_key`: a string (required).
    pub climate_preset_key: String,
    /// `device_id`: an id (UUID) (required).
    pub device_id: crate::Uuid,
    /// `climate_preset_mode`: a [`ClimatePresetMode`](crate::resources::ClimatePresetMode) (optional).
    pub climate_preset_mode: Option<crate::resources::ClimatePresetMode>,
    /// `cooling_set_point_celsius`: a number (optional).
    pub cooling_set_point_celsius: Option<f64>,
    /// `cooling_set_point_fahrenheit`: a number (optional).
    pub cooling_set_point_fahrenheit: Option<f64>,
    /// `ecobee_metadata`: a [`CreateClimatePresetEcobeeMetadata`] (optional).
    pub ecobee_metadata: Option<CreateClimatePresetEcobeeMetadata>,
    /// `fan_mode_setting`: a [`FanModeSetting`](crate::resources::FanModeSetting) (optional).
    pub fan_mode_setting: Option<crate::resources::FanModeSetting>,
    /// `heating_set_point_celsius`: a number (optional).
    pub heating_set_point_celsius: Option<f64>,
    /// `heating_set_point_fahrenheit`: a number (optional).
    pub heating_set_point_fahrenheit: Option<f64>,
    /// `hvac_mode_setting`: a [`HvacModeSetting`](crate::resources::HvacModeSetting) (optional).
    pub hvac_mode_setting: Option<crate::resources::HvacModeSetting>,
    /// `manual_override_allowed`: a boolean (optional).
    #[deprecated(note = "Seam: Use 'thermostat_schedule.is_override_allowed'")]
    pub manual_override_allowed: Option<bool>,
    /// `name`: a string (optional, may be null).
    pub name: Option<crate::Nullable<String>>,
}

#[allow(deprecated)]
impl CreateClimatePreset {
    /// A request with its required parameters (`climate_preset_key`, `device_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(climate_preset_key: impl Into<String>, device_id: crate::Uuid) -> Self {
        CreateClimatePreset {
            climate_preset_key: climate_preset_key.into(),
            device_id,
            climate_preset_mode: None,
            cooling_set_point_celsius: None,
            cooling_set_point_fahrenheit: None,
            ecobee_metadata: None,
            fan_mode_setting: None,
            heating_set_point_celsius: None,
            heating_set_point_fahrenheit: None,
            hvac_mode_setting: None,
            manual_override_allowed: None,
            name: None,
        }
    }
}

crate::setters::setters! {
    CreateClimatePreset {
        /// Sets `climate_preset_mode`.
        value climate_preset_mode: crate::resources::ClimatePresetMode,
        /// Sets `cooling_set_point_celsius`.
        plain cooling_set_point_celsius: f64,
        /// Sets `cooling_set_point_fahrenheit`.
        plain cooling_set_point_fahrenheit: f64,
        /// Sets `ecobee_metadata`.
        value ecobee_metadata: CreateClimatePresetEcobeeMetadata,
        /// Sets `fan_mode_setting`.
        value fan_mode_setting: crate::resources::FanModeSetting,
        /// Sets `heating_set_point_celsius`.
        plain heating_set_point_celsius: f64,
        /// Sets `heating_set_point_fahrenheit`.
        plain heating_set_point_fahrenheit: f64,
        /// Sets `hvac_mode_setting`.
        value hvac_mode_setting: crate::resources::HvacModeSetting,
        /// Sets `manual_override_allowed`.
        #[deprecated(note = "Seam: Use 'thermostat_schedule.is_override_allowed'")]
        plain manual_override_allowed: bool,
        /// Sets `name`.
        nullable name: String,
    }
}

/// `POST /thermostats/delete_climate_preset`: returns nothing but success.
///
/// See <https://docs.seam.co/api/thermostats/delete_climate_preset>.
#[crate::seam_endpoint(POST, "/thermostats/delete_climate_preset")]
#[non_exhaustive]
pub struct DeleteClimatePreset {
    /// `climate_preset_key`: a string (required).
    pub climate_preset_key: String,
    /// `device_id`: an id (UUID) (required).
    pub device_id: crate::Uuid,
}

#[allow(deprecated)]
impl DeleteClimatePreset {
    /// A request with its required parameters (`climate_preset_key`, `device_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(climate_preset_key: impl Into<String>, device_id: crate::Uuid) -> Self {
        DeleteClimatePreset {
            climate_preset_key: climate_preset_key.into(),
            device_id,
        }
    }
}

/// `POST /thermostats/heat`: starts an action and returns its [`ActionAttempt`](crate::ActionAttempt), by default once it has resolved.
///
/// See <https://docs.seam.co/api/thermostats/heat>.
#[crate::seam_endpoint(POST, "/thermostats/heat", action_attempt)]
#[non_exhaustive]
pub struct Heat {
    /// `device_id`: an id (UUID) (required).
    pub device_id: crate::Uuid,
    /// `heating_set_point_celsius`: a number (optional).
    pub heating_set_point_celsius: Option<f64>,
    /// `heating_set_point_fahrenheit`: a number (optional).
    pub heating_set_point_fahrenheit: Option<f64>,
    /// `sync`: a boolean (optional).
    pub sync: Option<bool>,
}

#[allow(deprecated)]
impl Heat {
    /// A request with its required parameters (`device_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(device_id: crate::Uuid) -> Self {
        Heat {
            device_id,
            heating_set_point_celsius: None,
            heating_set_point_fahrenheit: None,
            sync: None,
        }
    }
}

crate::setters::setters! {
    Heat {
        /// Sets `heating_set_point_celsius`.
        plain heating_set_point_celsius: f64,
        /// Sets `heating_set_point_fahrenheit`.
        plain heating_set_point_fahrenheit: f64,
        /// Sets `sync`.
        plain sync: bool,
    }
}

/// `POST /thermostats/heat_cool`: starts an action and returns its [`ActionAttempt`](crate::ActionAttempt), by default once it has resolved.
///
/// See <https://docs.seam.co/api/thermostats/heat_cool>.
#[crate::seam_endpoint(POST, "/thermostats/heat_cool", action_attempt)]
#[non_exhaustive]
pub struct HeatCool {
    /// `device_id`: an id (UUID) (required).
    pub device_id: crate::Uuid,
    /// `cooling_set_point_celsius`: a number (optional).
    pub cooling_set_point_celsius: Option<f64>,
    /// `cooling_set_point_fahrenheit`: a number (optional).
    pub cooling_set_point_fahrenheit: Option<f64>,
    /// `heating_set_point_celsius`: a number (optional).
    pub heating_set_point_celsius: Option<f64>,
    /// `heating_set_point_fahrenheit`: a number (optional).
    pub heating_set_point_fahrenheit: Option<f64>,
    /// `sync`: a boolean (optional).
    pub sync: Option<bool>,
}

#[allow(deprecated)]
impl HeatCool {
    /// A request with its required parameters (`device_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(device_id: crate::Uuid) -> Self {
        HeatCool {
            device_id,
            cooling_set_point_celsius: None,
            cooling_set_point_fahrenheit: None,
            heating_set_point_celsius: None,
            heating_set_point_fahrenheit: None,
            sync: None,
        }
    }
}

crate::setters::setters! {
    HeatCool {
        /// Sets `cooling_set_point_celsius`.
        plain cooling_set_point_celsius: f64,
        /// Sets `cooling_set_point_fahrenheit`.
        plain cooling_set_point_fahrenheit: f64,
        /// Sets `heating_set_point_celsius`.
        plain heating_set_point_celsius: f64,
        /// Sets `heating_set_point_fahrenheit`.
        plain heating_set_point_fahrenheit: f64,
        /// Sets `sync`.
        plain sync: bool,
    }
}

/// `POST /thermostats/list`: returns a list of [`Device`](crate::resources::Device) (under `devices`).
///
/// See <https://docs.seam.co/api/thermostats/list>.
#[crate::seam_endpoint(POST, "/thermostats/list", response = Vec<crate::resources::Device>, key = "devices")]
#[derive(Default)]
#[non_exhaustive]
pub struct ListThermostats {
    /// `connect_webview_id`: an id (UUID) (optional).
    pub connect_webview_id: Option<crate::Uuid>,
    /// `connected_account_id`: an id (UUID) (optional).
    pub connected_account_id: Option<crate::Uuid>,
    /// `connected_account_ids`: a list of id (UUID) (optional).
    pub connected_account_ids: Option<Vec<crate::Uuid>>,
    /// `created_before`: a timestamp (optional).
    pub created_before: Option<crate::Timestamp>,
    /// `custom_metadata_has`: an object of named values (optional).
    pub custom_metadata_has: Option<::std::collections::BTreeMap<String, crate::MetadataValue>>,
    /// `customer_key`: a string (optional).
    pub customer_key: Option<String>,
    /// `device_ids`: a list of id (UUID) (optional).
    pub device_ids: Option<Vec<crate::Uuid>>,
    /// `device_type`: a [`ListThermostatsDeviceType`] (optional).
    pub device_type: Option<ListThermostatsDeviceType>,
    /// `device_types`: a list of [`ListThermostatsDeviceType`] (optional).
    pub device_types: Option<Vec<ListThermostatsDeviceType>>,
    /// `exclude_if`: a list of [`DeviceCapabilityFlag`](crate::resources::DeviceCapabilityFlag) (optional).
    pub exclude_if: Option<Vec<crate::resources::DeviceCapabilityFlag>>,
    /// `include_if`: a list of [`DeviceCapabilityFlag`](crate::resources::DeviceCapabilityFlag) (optional).
    pub include_if: Option<Vec<crate::resources::DeviceCapabilityFlag>>,
    /// `limit`: an integer (optional).
    pub limit: Option<u32>,
    /// `manufacturer`: a [`ListThermostatsManufacturer`] (optional).
    pub manufacturer: Option<ListThermostatsManufacturer>,
    /// `page_cursor`: a string (optional, may be null).
    pub page_cursor: Option<String>,
    /// `search`: a string (optional).
    pub search: Option<String>,
    /// `space_id`: an id (UUID) (optional).
    pub space_id: Option<crate::Uuid>,
    /// `unstable_location_id`: an id (UUID) (optional, may be null).
    #[deprecated(note = "Seam: Use `space_id`.")]
    pub unstable_location_id: Option<crate::Nullable<crate::Uuid>>,
    /// `user_identifier_key`: a string (optional).
    pub user_identifier_key: Option<String>,
}

#[allow(deprecated)]
impl ListThermostats {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        ListThermostats {
            connect_webview_id: None,
            connected_account_id: None,
            connected_account_ids: None,
            created_before: None,
            custom_metadata_has: None,
            customer_key: None,
            device_ids: None,
            device_type: None,
            device_types: None,
            exclude_if: None,
            include_if: None,
            limit: None,
            manufacturer: None,
            page_cursor: None,
            search: None,
            space_id: None,
            unstable_location_id: None,
            user_identifier_key: None,
        }
    }
}

crate::setters::setters! {
    ListThermostats {
        /// Sets `connect_webview_id`.
        plain connect_webview_id: crate::Uuid,
        /// Sets `connected_account_id`.
        plain connected_account_id: crate::Uuid,
        /// Sets `connected_account_ids`.
        list connected_account_ids: crate::Uuid,
        /// Sets `created_before`.
        plain created_before: crate::Timestamp,
        /// Sets `custom_metadata_has`.
        value custom_metadata_has: ::std::collections::BTreeMap<String, crate::MetadataValue>,
        /// Sets `customer_key`.
        value customer_key: String,
        /// Sets `device_ids`.
        list device_ids: crate::Uuid,
        /// Sets `device_type`.
        value device_type: ListThermostatsDeviceType,
        /// Sets `device_types`.
        list device_types: ListThermostatsDeviceType,
        /// Sets `exclude_if`.
        list exclude_if: crate::resources::DeviceCapabilityFlag,
        /// Sets `include_if`.
        list include_if: crate::resources::DeviceCapabilityFlag,
        /// Sets `limit`.
        plain limit: u32,
        /// Sets `manufacturer`.
        value manufacturer: ListThermostatsManufacturer,
        /// Sets `page_cursor`.
        value page_cursor: String,
        /// Sets `search`.
        value search: String,
        /// Sets `space_id`.
        plain space_id: crate::Uuid,
        /// Sets `unstable_location_id`.
        #[deprecated(note = "Seam: Use `space_id`.")]
        nullable unstable_location_id: crate::Uuid,
        /// Sets `user_identifier_key`.
        value user_identifier_key: String,
    }
}

/// `POST /thermostats/off`: starts an action and returns its [`ActionAttempt`](crate::ActionAttempt), by default once it has resolved.
///
/// See <https://docs.seam.co/api/thermostats/off>.
#[crate::seam_endpoint(POST, "/thermostats/off", action_attempt)]
#[non_exhaustive]
pub struct Off {
    /// `device_id`: an id (UUID) (required).
    pub device_id: crate::Uuid,
    /// `sync`: a boolean (optional).
    pub sync: Option<bool>,
}

#[allow(deprecated)]
impl Off {
    /// A request with its required parameters (`device_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(device_id: crate::Uuid) -> Self {
        Off {
            device_id,
            sync: None,
        }
    }
}

crate::setters::setters! {
    Off {
        /// Sets `sync`.
        plain sync: bool,
    }
}

/// `POST /thermostats/set_fallback_climate_preset`: returns nothing but success.
///
/// See <https://docs.seam.co/api/thermostats/set_fallback_climate_preset>.
#[crate::seam_endpoint(POST, "/thermostats/set_fallback_climate_preset")]
#[non_exhaustive]
pub struct SetFallbackClimatePreset {
    /// `climate_preset_key`: a string (required).
    pub climate_preset_key: String,
    /// `device_id`: an id (UUID) (required).
    pub device_id: crate::Uuid,
}

#[allow(deprecated)]
impl SetFallbackClimatePreset {
    /// A request with its required parameters (`climate_preset_key`, `device_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(climate_preset_key: impl Into<String>, device_id: crate::Uuid) -> Self {
        SetFallbackClimatePreset {
            climate_preset_key: climate_preset_key.into(),
            device_id,
        }
    }
}

/// `POST /thermostats/set_fan_mode`: starts an action and returns its [`ActionAttempt`](crate::ActionAttempt), by default once it has resolved.
///
/// See <https://docs.seam.co/api/thermostats/set_fan_mode>.
#[crate::seam_endpoint(POST, "/thermostats/set_fan_mode", action_attempt)]
#[non_exhaustive]
pub struct SetFanMode {
    /// `device_id`: an id (UUID) (required).
    pub device_id: crate::Uuid,
    /// `fan_mode`: a [`FanModeSetting`](crate::resources::FanModeSetting) (optional).
    #[deprecated(note = "Seam: Use `fan_mode_setting` instead.")]
    pub fan_mode: Option<crate::resources::FanModeSetting>,
    /// `fan_mode_setting`: a [`FanModeSetting`](crate::resources::FanModeSetting) (optional).
    pub fan_mode_setting: Option<crate::resources::FanModeSetting>,
    /// `sync`: a boolean (optional).
    pub sync: Option<bool>,
}

#[allow(deprecated)]
impl SetFanMode {
    /// A request with its required parameters (`device_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(device_id: crate::Uuid) -> Self {
        SetFanMode {
            device_id,
            fan_mode: None,
            fan_mode_setting: None,
            sync: None,
        }
    }
}

crate::setters::setters! {
    SetFanMode {
        /// Sets `fan_mode`.
        #[deprecated(note = "Seam: Use `fan_mode_setting` instead.")]
        value fan_mode: crate::resources::FanModeSetting,
        /// Sets `fan_mode_setting`.
        value fan_mode_setting: crate::resources::FanModeSetting,
        /// Sets `sync`.
        plain sync: bool,
    }
}

/// `POST /thermostats/set_hvac_mode`: starts an action and returns its [`ActionAttempt`](crate::ActionAttempt), by default once it has resolved.
///
/// See <https://docs.seam.co/api/thermostats/set_hvac_mode>.
#[crate::seam_endpoint(POST, "/thermostats/set_hvac_mode", action_attempt)]
#[non_exhaustive]
pub struct SetHvacMode {
    /// The alternative, told apart by `hvac_mode_setting`, with its own fields.
    #[serde(flatten)]
    pub hvac_mode_setting: SetHvacModeMode,
}

#[allow(deprecated)]
impl SetHvacMode {
    /// A request with its required parameters (`hvac_mode_setting`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(hvac_mode_setting: impl Into<SetHvacModeMode>) -> Self {
        SetHvacMode {
            hvac_mode_setting: hvac_mode_setting.into(),
        }
    }
}

/// `POST /thermostats/set_temperature_threshold`: returns nothing but success.
///
/// See <https://docs.seam.co/api/thermostats/set_temperature_threshold>.
#[crate::seam_endpoint(POST, "/thermostats/set_temperature_threshold")]
#[non_exhaustive]
pub struct SetTemperatureThreshold {
    /// `device_id`: an id (UUID) (required).
    pub device_id: crate::Uuid,
    /// `lower_limit_celsius`: a number (optional, may be null).
    pub lower_limit_celsius: Option<crate::Nullable<f64>>,
    /// `lower_limit_fahrenheit`: a number (optional, may be null).
    pub lower_limit_fahrenheit: Option<crate::Nullable<f64>>,
    /// `upper_limit_celsius`: a number (optional, may be null).
    pub upper_limit_celsius: Option<crate::Nullable<f64>>,
    /// `upper_limit_fahrenheit`: a number (optional, may be null).
    pub upper_limit_fahrenheit: Option<crate::Nullable<f64>>,
}

#[allow(deprecated)]
impl SetTemperatureThreshold {
    /// A request with its required parameters (`device_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(device_id: crate::Uuid) -> Self {
        SetTemperatureThreshold {
            device_id,
            lower_limit_celsius: None,
            lower_limit_fahrenheit: None,
            upper_limit_celsius: None,
            upper_limit_fahrenheit: None,
        }
    }
}

crate::setters::setters! {
    SetTemperatureThreshold {
        /// Sets `lower_limit_celsius`.
        nullable lower_limit_celsius: f64,
        /// Sets `lower_limit_fahrenheit`.
        nullable lower_limit_fahrenheit: f64,
        /// Sets `upper_limit_celsius`.
        nullable upper_limit_celsius: f64,
        /// Sets `upper_limit_fahrenheit`.
        nullable upper_limit_fahrenheit: f64,
    }
}

/// `POST /thermostats/update_climate_preset`: returns nothing but success.
///
/// See <https://docs.seam.co/api/thermostats/update_climate_preset>.
#[crate::seam_endpoint(POST, "/thermostats/update_climate_preset")]
#[non_exhaustive]
pub struct UpdateClimatePreset {
    /// `climate_preset_key`: a string (required).
    pub climate_preset_key: String,
    /// `device_id`: an id (UUID) (required).
    pub device_id: crate::Uuid,
    /// `climate_preset_mode`: a [`ClimatePresetMode`](crate::resources::ClimatePresetMode) (optional).
    pub climate_preset_mode: Option<crate::resources::ClimatePresetMode>,
    /// `cooling_set_point_celsius`: a number (optional).
    pub cooling_set_point_celsius: Option<f64>,
    /// `cooling_set_point_fahrenheit`: a number (optional).
    pub cooling_set_point_fahrenheit: Option<f64>,
    /// `ecobee_metadata`: a [`UpdateClimatePresetEcobeeMetadata`] (optional).
    pub ecobee_metadata: Option<UpdateClimatePresetEcobeeMetadata>,
    /// `fan_mode_setting`: a [`FanModeSetting`](crate::resources::FanModeSetting) (optional).
    pub fan_mode_setting: Option<crate::resources::FanModeSetting>,
    /// `heating_set_point_celsius`: a number (optional).
    pub heating_set_point_celsius: Option<f64>,
    /// `heating_set_point_fahrenheit`: a number (optional).
    pub heating_set_point_fahrenheit: Option<f64>,
    /// `hvac_mode_setting`: a [`HvacModeSetting`](crate::resources::HvacModeSetting) (optional).
    pub hvac_mode_setting: Option<crate::resources::HvacModeSetting>,
    /// `manual_override_allowed`: a boolean (optional).
    #[deprecated(note = "Seam: Use 'thermostat_schedule.is_override_allowed'")]
    pub manual_override_allowed: Option<bool>,
    /// `name`: a string (optional, may be null).
    pub name: Option<crate::Nullable<String>>,
}

#[allow(deprecated)]
impl UpdateClimatePreset {
    /// A request with its required parameters (`climate_preset_key`, `device_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(climate_preset_key: impl Into<String>, device_id: crate::Uuid) -> Self {
        UpdateClimatePreset {
            climate_preset_key: climate_preset_key.into(),
            device_id,
            climate_preset_mode: None,
            cooling_set_point_celsius: None,
            cooling_set_point_fahrenheit: None,
            ecobee_metadata: None,
            fan_mode_setting: None,
            heating_set_point_celsius: None,
            heating_set_point_fahrenheit: None,
            hvac_mode_setting: None,
            manual_override_allowed: None,
            name: None,
        }
    }
}

crate::setters::setters! {
    UpdateClimatePreset {
        /// Sets `climate_preset_mode`.
        value climate_preset_mode: crate::resources::ClimatePresetMode,
        /// Sets `cooling_set_point_celsius`.
        plain cooling_set_point_celsius: f64,
        /// Sets `cooling_set_point_fahrenheit`.
        plain cooling_set_point_fahrenheit: f64,
        /// Sets `ecobee_metadata`.
        value ecobee_metadata: UpdateClimatePresetEcobeeMetadata,
        /// Sets `fan_mode_setting`.
        value fan_mode_setting: crate::resources::FanModeSetting,
        /// Sets `heating_set_point_celsius`.
        plain heating_set_point_celsius: f64,
        /// Sets `heating_set_point_fahrenheit`.
        plain heating_set_point_fahrenheit: f64,
        /// Sets `hvac_mode_setting`.
        value hvac_mode_setting: crate::resources::HvacModeSetting,
        /// Sets `manual_override_allowed`.
        #[deprecated(note = "Seam: Use 'thermostat_schedule.is_override_allowed'")]
        plain manual_override_allowed: bool,
        /// Sets `name`.
        nullable name: String,
    }
}

/// `POST /thermostats/update_weekly_program`: starts an action and returns its [`ActionAttempt`](crate::ActionAttempt), by default once it has resolved.
///
/// See <https://docs.seam.co/api/thermostats/update_weekly_program>.
#[crate::seam_endpoint(POST, "/thermostats/update_weekly_program", action_attempt)]
#[non_exhaustive]
pub struct UpdateWeeklyProgram {
    /// `device_id`: an id (UUID) (required).
    pub device_id: crate::Uuid,
    /// `friday_program_id`: an id (UUID) (optional, may be null).
    pub friday_program_id: Option<crate::Nullable<crate::Uuid>>,
    /// `monday_program_id`: an id (UUID) (optional, may be null).
    pub monday_program_id: Option<crate::Nullable<crate::Uuid>>,
    /// `saturday_program_id`: an id (UUID) (optional, may be null).
    pub saturday_program_id: Option<crate::Nullable<crate::Uuid>>,
    /// `sunday_program_id`: an id (UUID) (optional, may be null).
    pub sunday_program_id: Option<crate::Nullable<crate::Uuid>>,
    /// `thursday_program_id`: an id (UUID) (optional, may be null).
    pub thursday_program_id: Option<crate::Nullable<crate::Uuid>>,
    /// `tuesday_program_id`: an id (UUID) (optional, may be null).
    pub tuesday_program_id: Option<crate::Nullable<crate::Uuid>>,
    /// `wednesday_program_id`: an id (UUID) (optional, may be null).
    pub wednesday_program_id: Option<crate::Nullable<crate::Uuid>>,
}

#[allow(deprecated)]
impl UpdateWeeklyProgram {
    /// A request with its required parameters (`device_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(device_id: crate::Uuid) -> Self {
        UpdateWeeklyProgram {
            device_id,
            friday_program_id: None,
            monday_program_id: None,
            saturday_program_id: None,
            sunday_program_id: None,
            thursday_program_id: None,
            tuesday_program_id: None,
            wednesday_program_id: None,
        }
    }
}

crate::setters::setters! {
    UpdateWeeklyProgram {
        /// Sets `friday_program_id`.
        nullable friday_program_id: crate::Uuid,
        /// Sets `monday_program_id`.
        nullable monday_program_id: crate::Uuid,
        /// Sets `saturday_program_id`.
        nullable saturday_program_id: crate::Uuid,
        /// Sets `sunday_program_id`.
        nullable sunday_program_id: crate::Uuid,
        /// Sets `thursday_program_id`.
        nullable thursday_program_id: crate::Uuid,
        /// Sets `tuesday_program_id`.
        nullable tuesday_program_id: crate::Uuid,
        /// Sets `wednesday_program_id`.
        nullable wednesday_program_id: crate::Uuid,
    }
}

/// The `create_climate_preset_ecobee_metadata` object.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateClimatePresetEcobeeMetadata {
    /// `climate_ref`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub climate_ref: Option<String>,
    /// `is_optimized`: a boolean (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_optimized: Option<bool>,
    /// `owner`: a [`EcobeeMetadataOwner`](crate::resources::EcobeeMetadataOwner) (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<crate::resources::EcobeeMetadataOwner>,
}

#[allow(deprecated)]
impl CreateClimatePresetEcobeeMetadata {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        CreateClimatePresetEcobeeMetadata {
            climate_ref: None,
            is_optimized: None,
            owner: None,
        }
    }
}

crate::setters::setters! {
    CreateClimatePresetEcobeeMetadata {
        /// Sets `climate_ref`.
        value climate_ref: String,
        /// Sets `is_optimized`.
        plain is_optimized: bool,
        /// Sets `owner`.
        value owner: crate::resources::EcobeeMetadataOwner,
    }
}

seamapi_runtime::string_enum! {
    /// The values of `list_thermostats_device_type`.
    pub enum ListThermostatsDeviceType {
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
    }
}

seamapi_runtime::string_enum! {
    /// The values of `list_thermostats_manufacturer`.
    pub enum ListThermostatsManufacturer {
        /// `ecobee`.
        Ecobee => "ecobee",
        /// `honeywell_resideo`.
        HoneywellResideo => "honeywell_resideo",
        /// `nest`.
        Nest => "nest",
        /// `sensi`.
        Sensi => "sensi",
        /// `smartthings`.
        Smartthings => "smartthings",
        /// `tado`.
        Tado => "tado",
    }
}

/// The `set_hvac_mode_mode` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[serde(tag = "hvac_mode_setting")]
pub enum SetHvacModeMode {
    /// `hvac_mode_setting` is `off`.
    #[serde(rename = "off")]
    Off {
        /// `device_id`: an id (UUID) (required).
        device_id: crate::Uuid,
    },
    /// `hvac_mode_setting` is `cool`.
    #[serde(rename = "cool")]
    Cool {
        /// `cooling_set_point_celsius`: a number (optional).
        #[serde(skip_serializing_if = "Option::is_none")]
        cooling_set_point_celsius: Option<f64>,
        /// `cooling_set_point_fahrenheit`: a number (optional).
        #[serde(skip_serializing_if = "Option::is_none")]
        cooling_set_point_fahrenheit: Option<f64>,
        /// `device_id`: an id (UUID) (required).
        device_id: crate::Uuid,
    },
    /// `hvac_mode_setting` is `heat`.
    #[serde(rename = "heat")]
    Heat {
        /// `device_id`: an id (UUID) (required).
        device_id: crate::Uuid,
        /// `heating_set_point_celsius`: a number (optional).
        #[serde(skip_serializing_if = "Option::is_none")]
        heating_set_point_celsius: Option<f64>,
        /// `heating_set_point_fahrenheit`: a number (optional).
        #[serde(skip_serializing_if = "Option::is_none")]
        heating_set_point_fahrenheit: Option<f64>,
    },
    /// `hvac_mode_setting` is `heat_cool`.
    #[serde(rename = "heat_cool")]
    HeatCool {
        /// `cooling_set_point_celsius`: a number (optional).
        #[serde(skip_serializing_if = "Option::is_none")]
        cooling_set_point_celsius: Option<f64>,
        /// `cooling_set_point_fahrenheit`: a number (optional).
        #[serde(skip_serializing_if = "Option::is_none")]
        cooling_set_point_fahrenheit: Option<f64>,
        /// `device_id`: an id (UUID) (required).
        device_id: crate::Uuid,
        /// `heating_set_point_celsius`: a number (optional).
        #[serde(skip_serializing_if = "Option::is_none")]
        heating_set_point_celsius: Option<f64>,
        /// `heating_set_point_fahrenheit`: a number (optional).
        #[serde(skip_serializing_if = "Option::is_none")]
        heating_set_point_fahrenheit: Option<f64>,
    },
    /// `hvac_mode_setting` is `eco`.
    #[serde(rename = "eco")]
    Eco {
        /// `device_id`: an id (UUID) (required).
        device_id: crate::Uuid,
    },
}

/// The `update_climate_preset_ecobee_metadata` object.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct UpdateClimatePresetEcobeeMetadata {
    /// `climate_ref`: a string (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub climate_ref: Option<String>,
    /// `is_optimized`: a boolean (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_optimized: Option<bool>,
    /// `owner`: a [`EcobeeMetadataOwner`](crate::resources::EcobeeMetadataOwner) (optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<crate::resources::EcobeeMetadataOwner>,
}

#[allow(deprecated)]
impl UpdateClimatePresetEcobeeMetadata {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        UpdateClimatePresetEcobeeMetadata {
            climate_ref: None,
            is_optimized: None,
            owner: None,
        }
    }
}

crate::setters::setters! {
    UpdateClimatePresetEcobeeMetadata {
        /// Sets `climate_ref`.
        value climate_ref: String,
        /// Sets `is_optimized`.
        plain is_optimized: bool,
        /// Sets `owner`.
        value owner: crate::resources::EcobeeMetadataOwner,
    }
}

/// The `thermostats/daily_programs` endpoints.
pub mod daily_programs {
    /// `POST /thermostats/daily_programs/create`: returns [`ThermostatDailyProgram`](crate::resources::ThermostatDailyProgram) (under `thermostat_daily_program`).
    ///
    /// See <https://docs.seam.co/api/thermostats/daily_programs/create>.
    #[crate::seam_endpoint(POST, "/thermostats/daily_programs/create", response = crate::resources::ThermostatDailyProgram, key = "thermostat_daily_program")]
    #[non_exhaustive]
    pub struct CreateDailyProgram {
        /// `device_id`: an id (UUID) (required).
        pub device_id: crate::Uuid,
        /// `name`: a string (required).
        pub name: String,
        /// `periods`: a list of [`CreateDailyProgramPeriod`] (required).
        pub periods: Vec<CreateDailyProgramPeriod>,
    }

    #[allow(deprecated)]
    impl CreateDailyProgram {
        /// A request with its required parameters (`device_id`, `name`, `periods`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            device_id: crate::Uuid,
            name: impl Into<String>,
            periods: impl IntoIterator<Item = impl Into<CreateDailyProgramPeriod>>,
        ) -> Self {
            CreateDailyProgram {
                device_id,
                name: name.into(),
                periods: periods.into_iter().map(Into::into).collect(),
            }
        }
    }

    /// `POST /thermostats/daily_programs/delete`: returns nothing but success.
    ///
    /// See <https://docs.seam.co/api/thermostats/daily_programs/delete>.
    #[crate::seam_endpoint(POST, "/thermostats/daily_programs/delete")]
    #[non_exhaustive]
    pub struct DeleteDailyProgram {
        /// `thermostat_daily_program_id`: an id (UUID) (required).
        pub thermostat_daily_program_id: crate::Uuid,
    }

    #[allow(deprecated)]
    impl DeleteDailyProgram {
        /// A request with its required parameters (`thermostat_daily_program_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(thermostat_daily_program_id: crate::Uuid) -> Self {
            DeleteDailyProgram {
                thermostat_daily_program_id,
            }
        }
    }

    /// `POST /thermostats/daily_programs/update`: starts an action and returns its [`ActionAttempt`](crate::ActionAttempt), by default once it has resolved.
    ///
    /// See <https://docs.seam.co/api/thermostats/daily_programs/update>.
    #[crate::seam_endpoint(POST, "/thermostats/daily_programs/update", action_attempt)]
    #[non_exhaustive]
    pub struct UpdateDailyProgram {
        /// `name`: a string (required).
        pub name: String,
        /// `periods`: a list of [`UpdateDailyProgramPeriod`] (required).
        pub periods: Vec<UpdateDailyProgramPeriod>,
        /// `thermostat_daily_program_id`: an id (UUID) (required).
        pub thermostat_daily_program_id: crate::Uuid,
    }

    #[allow(deprecated)]
    impl UpdateDailyProgram {
        /// A request with its required parameters (`name`, `periods`, `thermostat_daily_program_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            name: impl Into<String>,
            periods: impl IntoIterator<Item = impl Into<UpdateDailyProgramPeriod>>,
            thermostat_daily_program_id: crate::Uuid,
        ) -> Self {
            UpdateDailyProgram {
                name: name.into(),
                periods: periods.into_iter().map(Into::into).collect(),
                thermostat_daily_program_id,
            }
        }
    }

    /// The `create_daily_program_period` object.
    #[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
    #[non_exhaustive]
    pub struct CreateDailyProgramPeriod {
        /// `climate_preset_key`: a string (required).
        pub climate_preset_key: String,
        /// `starts_at_time`: a string (required).
        pub starts_at_time: String,
    }

    #[allow(deprecated)]
    impl CreateDailyProgramPeriod {
        /// A request with its required parameters (`climate_preset_key`, `starts_at_time`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            climate_preset_key: impl Into<String>,
            starts_at_time: impl Into<String>,
        ) -> Self {
            CreateDailyProgramPeriod {
                climate_preset_key: climate_preset_key.into(),
                starts_at_time: starts_at_time.into(),
            }
        }
    }

    /// The `update_daily_program_period` object.
    #[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
    #[non_exhaustive]
    pub struct UpdateDailyProgramPeriod {
        /// `climate_preset_key`: a string (required).
        pub climate_preset_key: String,
        /// `starts_at_time`: a string (required).
        pub starts_at_time: String,
    }

    #[allow(deprecated)]
    impl UpdateDailyProgramPeriod {
        /// A request with its required parameters (`climate_preset_key`, `starts_at_time`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            climate_preset_key: impl Into<String>,
            starts_at_time: impl Into<String>,
        ) -> Self {
            UpdateDailyProgramPeriod {
                climate_preset_key: climate_preset_key.into(),
                starts_at_time: starts_at_time.into(),
            }
        }
    }
}

/// The `thermostats/schedules` endpoints.
pub mod schedules {
    /// `POST /thermostats/schedules/create`: returns [`ThermostatSchedule`](crate::resources::ThermostatSchedule) (under `thermostat_schedule`).
    ///
    /// See <https://docs.seam.co/api/thermostats/schedules/create>.
    #[crate::seam_endpoint(POST, "/thermostats/schedules/create", response = crate::resources::ThermostatSchedule, key = "thermostat_schedule")]
    #[non_exhaustive]
    pub struct CreateSchedule {
        /// `climate_preset_key`: a string (required).
        pub climate_preset_key: String,
        /// `device_id`: a string (required).
        pub device_id: String,
        /// `ends_at`: a timestamp (required).
        pub ends_at: crate::Timestamp,
        /// `starts_at`: a timestamp (required).
        pub starts_at: crate::Timestamp,
        /// `is_override_allowed`: a boolean (optional).
        pub is_override_allowed: Option<bool>,
        /// `max_override_period_minutes`: an integer (optional, may be null).
        pub max_override_period_minutes: Option<crate::Nullable<i64>>,
        /// `name`: a string (optional).
        pub name: Option<String>,
    }

    #[allow(deprecated)]
    impl CreateSchedule {
        /// A request with its required parameters (`climate_preset_key`, `device_id`, `ends_at`, `starts_at`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            climate_preset_key: impl Into<String>,
            device_id: impl Into<String>,
            ends_at: crate::Timestamp,
            starts_at: crate::Timestamp,
        ) -> Self {
            CreateSchedule {
                climate_preset_key: climate_preset_key.into(),
                device_id: device_id.into(),
                ends_at,
                starts_at,
                is_override_allowed: None,
                max_override_period_minutes: None,
                name: None,
            }
        }
    }

    crate::setters::setters! {
        CreateSchedule {
            /// Sets `is_override_allowed`.
            plain is_override_allowed: bool,
            /// Sets `max_override_period_minutes`.
            nullable max_override_period_minutes: i64,
            /// Sets `name`.
            value name: String,
        }
    }

    /// `POST /thermostats/schedules/delete`: returns nothing but success.
    ///
    /// See <https://docs.seam.co/api/thermostats/schedules/delete>.
    #[crate::seam_endpoint(POST, "/thermostats/schedules/delete")]
    #[non_exhaustive]
    pub struct DeleteSchedule {
        /// `thermostat_schedule_id`: an id (UUID) (required).
        pub thermostat_schedule_id: crate::Uuid,
    }

    #[allow(deprecated)]
    impl DeleteSchedule {
        /// A request with its required parameters (`thermostat_schedule_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(thermostat_schedule_id: crate::Uuid) -> Self {
            DeleteSchedule {
                thermostat_schedule_id,
            }
        }
    }

    /// `GET /thermostats/schedules/get`: returns [`ThermostatSchedule`](crate::resources::ThermostatSchedule) (under `thermostat_schedule`).
    ///
    /// See <https://docs.seam.co/api/thermostats/schedules/get>.
    #[crate::seam_endpoint(GET, "/thermostats/schedules/get", response = crate::resources::ThermostatSchedule, key = "thermostat_schedule")]
    #[non_exhaustive]
    pub struct GetSchedule {
        /// `thermostat_schedule_id`: an id (UUID) (required).
        pub thermostat_schedule_id: crate::Uuid,
    }

    #[allow(deprecated)]
    impl GetSchedule {
        /// A request with its required parameters (`thermostat_schedule_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(thermostat_schedule_id: crate::Uuid) -> Self {
            GetSchedule {
                thermostat_schedule_id,
            }
        }
    }

    /// `GET /thermostats/schedules/list`: returns a list of [`ThermostatSchedule`](crate::resources::ThermostatSchedule) (under `thermostat_schedules`).
    ///
    /// See <https://docs.seam.co/api/thermostats/schedules/list>.
    #[crate::seam_endpoint(GET, "/thermostats/schedules/list", response = Vec<crate::resources::ThermostatSchedule>, key = "thermostat_schedules")]
    #[non_exhaustive]
    pub struct ListSchedules {
        /// `device_id`: an id (UUID) (required).
        pub device_id: crate::Uuid,
        /// `user_identifier_key`: a string (optional).
        pub user_identifier_key: Option<String>,
    }

    #[allow(deprecated)]
    impl ListSchedules {
        /// A request with its required parameters (`device_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(device_id: crate::Uuid) -> Self {
            ListSchedules {
                device_id,
                user_identifier_key: None,
            }
        }
    }

    crate::setters::setters! {
        ListSchedules {
            /// Sets `user_identifier_key`.
            value user_identifier_key: String,
        }
    }

    /// `POST /thermostats/schedules/update`: returns nothing but success.
    ///
    /// See <https://docs.seam.co/api/thermostats/schedules/update>.
    #[crate::seam_endpoint(POST, "/thermostats/schedules/update")]
    #[non_exhaustive]
    pub struct UpdateSchedule {
        /// `thermostat_schedule_id`: an id (UUID) (required).
        pub thermostat_schedule_id: crate::Uuid,
        /// `climate_preset_key`: a string (optional).
        pub climate_preset_key: Option<String>,
        /// `ends_at`: a timestamp (optional).
        pub ends_at: Option<crate::Timestamp>,
        /// `is_override_allowed`: a boolean (optional).
        pub is_override_allowed: Option<bool>,
        /// `max_override_period_minutes`: an integer (optional, may be null).
        pub max_override_period_minutes: Option<crate::Nullable<i64>>,
        /// `name`: a string (optional).
        pub name: Option<String>,
        /// `starts_at`: a timestamp (optional).
        pub starts_at: Option<crate::Timestamp>,
    }

    #[allow(deprecated)]
    impl UpdateSchedule {
        /// A request with its required parameters (`thermostat_schedule_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(thermostat_schedule_id: crate::Uuid) -> Self {
            UpdateSchedule {
                thermostat_schedule_id,
                climate_preset_key: None,
                ends_at: None,
                is_override_allowed: None,
                max_override_period_minutes: None,
                name: None,
                starts_at: None,
            }
        }
    }

    crate::setters::setters! {
        UpdateSchedule {
            /// Sets `climate_preset_key`.
            value climate_preset_key: String,
            /// Sets `ends_at`.
            plain ends_at: crate::Timestamp,
            /// Sets `is_override_allowed`.
            plain is_override_allowed: bool,
            /// Sets `max_override_period_minutes`.
            nullable max_override_period_minutes: i64,
            /// Sets `name`.
            value name: String,
            /// Sets `starts_at`.
            plain starts_at: crate::Timestamp,
        }
    }
}

/// The `thermostats/simulate` endpoints.
pub mod simulate {
    /// `POST /thermostats/simulate/hvac_mode_adjusted`: returns nothing but success.
    ///
    /// See <https://docs.seam.co/api/thermostats/simulate/hvac_mode_adjusted>.
    #[crate::seam_endpoint(POST, "/thermostats/simulate/hvac_mode_adjusted")]
    #[non_exhaustive]
    pub struct HvacModeAdjusted {
        /// The alternative, told apart by `hvac_mode`, with its own fields.
        #[serde(flatten)]
        pub hvac_mode: HvacModeAdjustedMode,
    }

    #[allow(deprecated)]
    impl HvacModeAdjusted {
        /// A request with its required parameters (`hvac_mode`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(hvac_mode: impl Into<HvacModeAdjustedMode>) -> Self {
            HvacModeAdjusted {
                hvac_mode: hvac_mode.into(),
            }
        }
    }

    /// `POST /thermostats/simulate/temperature_reached`: returns nothing but success.
    ///
    /// See <https://docs.seam.co/api/thermostats/simulate/temperature_reached>.
    #[crate::seam_endpoint(POST, "/thermostats/simulate/temperature_reached")]
    #[non_exhaustive]
    pub struct TemperatureReached {
        /// `device_id`: an id (UUID) (required).
        pub device_id: crate::Uuid,
        /// `temperature_celsius`: a number (optional).
        pub temperature_celsius: Option<f64>,
        /// `temperature_fahrenheit`: a number (optional).
        pub temperature_fahrenheit: Option<f64>,
    }

    #[allow(deprecated)]
    impl TemperatureReached {
        /// A request with its required parameters (`device_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(device_id: crate::Uuid) -> Self {
            TemperatureReached {
                device_id,
                temperature_celsius: None,
                temperature_fahrenheit: None,
            }
        }
    }

    crate::setters::setters! {
        TemperatureReached {
            /// Sets `temperature_celsius`.
            plain temperature_celsius: f64,
            /// Sets `temperature_fahrenheit`.
            plain temperature_fahrenheit: f64,
        }
    }

    /// The `hvac_mode_adjusted_mode` object.
    #[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
    #[serde(tag = "hvac_mode")]
    pub enum HvacModeAdjustedMode {
        /// `hvac_mode` is `off`.
        #[serde(rename = "off")]
        Off {
            /// `device_id`: an id (UUID) (required).
            device_id: crate::Uuid,
        },
        /// `hvac_mode` is `cool`.
        #[serde(rename = "cool")]
        Cool {
            /// `cooling_set_point_celsius`: a number (optional).
            #[serde(skip_serializing_if = "Option::is_none")]
            cooling_set_point_celsius: Option<f64>,
            /// `cooling_set_point_fahrenheit`: a number (optional).
            #[serde(skip_serializing_if = "Option::is_none")]
            cooling_set_point_fahrenheit: Option<f64>,
            /// `device_id`: an id (UUID) (required).
            device_id: crate::Uuid,
        },
        /// `hvac_mode` is `heat`.
        #[serde(rename = "heat")]
        Heat {
            /// `device_id`: an id (UUID) (required).
            device_id: crate::Uuid,
            /// `heating_set_point_celsius`: a number (optional).
            #[serde(skip_serializing_if = "Option::is_none")]
            heating_set_point_celsius: Option<f64>,
            /// `heating_set_point_fahrenheit`: a number (optional).
            #[serde(skip_serializing_if = "Option::is_none")]
            heating_set_point_fahrenheit: Option<f64>,
        },
        /// `hvac_mode` is `heat_cool`.
        #[serde(rename = "heat_cool")]
        HeatCool {
            /// `cooling_set_point_celsius`: a number (optional).
            #[serde(skip_serializing_if = "Option::is_none")]
            cooling_set_point_celsius: Option<f64>,
            /// `cooling_set_point_fahrenheit`: a number (optional).
            #[serde(skip_serializing_if = "Option::is_none")]
            cooling_set_point_fahrenheit: Option<f64>,
            /// `device_id`: an id (UUID) (required).
            device_id: crate::Uuid,
            /// `heating_set_point_celsius`: a number (optional).
            #[serde(skip_serializing_if = "Option::is_none")]
            heating_set_point_celsius: Option<f64>,
            /// `heating_set_point_fahrenheit`: a number (optional).
            #[serde(skip_serializing_if = "Option::is_none")]
            heating_set_point_fahrenheit: Option<f64>,
        },
    }
}
