//! The `noise_sensors` endpoints of the Seam API.
//!
//! Generated from Seam's OpenAPI document by `seamapi-codegen`: do not edit.

pub use crate::resources::{Device, DeviceCapabilityFlag, NoiseThreshold};

/// `POST /noise_sensors/list`: returns a list of [`Device`](crate::resources::Device) (under `devices`).
///
/// See <https://docs.seam.co/api/noise_sensors/list>.
#[crate::seam_endpoint(POST, "/noise_sensors/list", response = Vec<crate::resources::Device>, key = "devices")]
#[derive(Default)]
#[non_exhaustive]
pub struct ListNoiseSensors {
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
    /// `device_type`: a [`ListNoiseSensorsDeviceType`] (optional).
    pub device_type: Option<ListNoiseSensorsDeviceType>,
    /// `device_types`: a list of [`ListNoiseSensorsDeviceType`] (optional).
    pub device_types: Option<Vec<ListNoiseSensorsDeviceType>>,
    /// `exclude_if`: a list of [`DeviceCapabilityFlag`](crate::resources::DeviceCapabilityFlag) (optional).
    pub exclude_if: Option<Vec<crate::resources::DeviceCapabilityFlag>>,
    /// `include_if`: a list of [`DeviceCapabilityFlag`](crate::resources::DeviceCapabilityFlag) (optional).
    pub include_if: Option<Vec<crate::resources::DeviceCapabilityFlag>>,
    /// `limit`: an integer (optional).
    pub limit: Option<u32>,
    /// `manufacturer`: a [`ListNoiseSensorsManufacturer`] (optional).
    pub manufacturer: Option<ListNoiseSensorsManufacturer>,
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
impl ListNoiseSensors {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        ListNoiseSensors {
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
    ListNoiseSensors {
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
        value device_type: ListNoiseSensorsDeviceType,
        /// Sets `device_types`.
        list device_types: ListNoiseSensorsDeviceType,
        /// Sets `exclude_if`.
        list exclude_if: crate::resources::DeviceCapabilityFlag,
        /// Sets `include_if`.
        list include_if: crate::resources::DeviceCapabilityFlag,
        /// Sets `limit`.
        plain limit: u32,
        /// Sets `manufacturer`.
        value manufacturer: ListNoiseSensorsManufacturer,
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

seamapi_runtime::string_enum! {
    /// The values of `list_noise_sensors_device_type`.
    pub enum ListNoiseSensorsDeviceType {
        /// `noiseaware_activity_zone`.
        NoiseawareActivityZone => "noiseaware_activity_zone",
        /// `minut_sensor`.
        MinutSensor => "minut_sensor",
    }
}

seamapi_runtime::string_enum! {
    /// The values of `list_noise_sensors_manufacturer`.
    pub enum ListNoiseSensorsManufacturer {
        /// `minut`.
        Minut => "minut",
        /// `noiseaware`.
        Noiseaware => "noiseaware",
    }
}

/// The `noise_sensors/noise_thresholds` endpoints.
pub mod noise_thresholds {
    /// `POST /noise_sensors/noise_thresholds/create`: returns [`NoiseThreshold`](crate::resources::NoiseThreshold) (under `noise_threshold`).
    ///
    /// See <https://docs.seam.co/api/noise_sensors/noise_thresholds/create>.
    #[crate::seam_endpoint(POST, "/noise_sensors/noise_thresholds/create", response = crate::resources::NoiseThreshold, key = "noise_threshold")]
    #[non_exhaustive]
    pub struct CreateNoiseThreshold {
        /// `device_id`: an id (UUID) (required).
        pub device_id: crate::Uuid,
        /// `ends_daily_at`: a string (required).
        pub ends_daily_at: String,
        /// `starts_daily_at`: a string (required).
        pub starts_daily_at: String,
        /// `name`: a string (optional).
        pub name: Option<String>,
        /// `noise_threshold_decibels`: a number (optional).
        pub noise_threshold_decibels: Option<f64>,
        /// `noise_threshold_nrs`: a number (optional).
        pub noise_threshold_nrs: Option<f64>,
        /// `sync`: a boolean (optional).
        pub sync: Option<bool>,
    }

    #[allow(deprecated)]
    impl CreateNoiseThreshold {
        /// A request with its required parameters (`device_id`, `ends_daily_at`, `starts_daily_at`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            device_id: crate::Uuid,
            ends_daily_at: impl Into<String>,
            starts_daily_at: impl Into<String>,
        ) -> Self {
            CreateNoiseThreshold {
                device_id,
                ends_daily_at: ends_daily_at.into(),
                starts_daily_at: starts_daily_at.into(),
                name: None,
                noise_threshold_decibels: None,
                noise_threshold_nrs: None,
                sync: None,
            }
        }
    }

    crate::setters::setters! {
        CreateNoiseThreshold {
            /// Sets `name`.
            value name: String,
            /// Sets `noise_threshold_decibels`.
            plain noise_threshold_decibels: f64,
            /// Sets `noise_threshold_nrs`.
            plain noise_threshold_nrs: f64,
            /// Sets `sync`.
            plain sync: bool,
        }
    }

    /// `POST /noise_sensors/noise_thresholds/delete`: returns nothing but success.
    ///
    /// See <https://docs.seam.co/api/noise_sensors/noise_thresholds/delete>.
    #[crate::seam_endpoint(POST, "/noise_sensors/noise_thresholds/delete")]
    #[non_exhaustive]
    pub struct DeleteNoiseThreshold {
        /// `device_id`: an id (UUID) (required).
        pub device_id: crate::Uuid,
        /// `noise_threshold_id`: an id (UUID) (required).
        pub noise_threshold_id: crate::Uuid,
        /// `sync`: a boolean (optional).
        pub sync: Option<bool>,
    }

    #[allow(deprecated)]
    impl DeleteNoiseThreshold {
        /// A request with its required parameters (`device_id`, `noise_threshold_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(device_id: crate::Uuid, noise_threshold_id: crate::Uuid) -> Self {
            DeleteNoiseThreshold {
                device_id,
                noise_threshold_id,
                sync: None,
            }
        }
    }

    crate::setters::setters! {
        DeleteNoiseThreshold {
            /// Sets `sync`.
            plain sync: bool,
        }
    }

    /// `GET /noise_sensors/noise_thresholds/get`: returns [`NoiseThreshold`](crate::resources::NoiseThreshold) (under `noise_threshold`).
    ///
    /// See <https://docs.seam.co/api/noise_sensors/noise_thresholds/get>.
    #[crate::seam_endpoint(GET, "/noise_sensors/noise_thresholds/get", response = crate::resources::NoiseThreshold, key = "noise_threshold")]
    #[non_exhaustive]
    pub struct GetNoiseThreshold {
        /// `noise_threshold_id`: an id (UUID) (required).
        pub noise_threshold_id: crate::Uuid,
    }

    #[allow(deprecated)]
    impl GetNoiseThreshold {
        /// A request with its required parameters (`noise_threshold_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(noise_threshold_id: crate::Uuid) -> Self {
            GetNoiseThreshold { noise_threshold_id }
        }
    }

    /// `GET /noise_sensors/noise_thresholds/list`: returns a list of [`NoiseThreshold`](crate::resources::NoiseThreshold) (under `noise_thresholds`).
    ///
    /// See <https://docs.seam.co/api/noise_sensors/noise_thresholds/list>.
    #[crate::seam_endpoint(GET, "/noise_sensors/noise_thresholds/list", response = Vec<crate::resources::NoiseThreshold>, key = "noise_thresholds")]
    #[non_exhaustive]
    pub struct ListNoiseThresholds {
        /// `device_id`: an id (UUID) (required).
        pub device_id: crate::Uuid,
        /// `is_programmed`: a boolean (optional).
        pub is_programmed: Option<bool>,
    }

    #[allow(deprecated)]
    impl ListNoiseThresholds {
        /// A request with its required parameters (`device_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(device_id: crate::Uuid) -> Self {
            ListNoiseThresholds {
                device_id,
                is_programmed: None,
            }
        }
    }

    crate::setters::setters! {
        ListNoiseThresholds {
            /// Sets `is_programmed`.
            plain is_programmed: bool,
        }
    }

    /// `POST /noise_sensors/noise_thresholds/update`: returns nothing but success.
    ///
    /// See <https://docs.seam.co/api/noise_sensors/noise_thresholds/update>.
    #[crate::seam_endpoint(POST, "/noise_sensors/noise_thresholds/update")]
    #[non_exhaustive]
    pub struct UpdateNoiseThreshold {
        /// `device_id`: an id (UUID) (required).
        pub device_id: crate::Uuid,
        /// `noise_threshold_id`: an id (UUID) (required).
        pub noise_threshold_id: crate::Uuid,
        /// `ends_daily_at`: a string (optional).
        pub ends_daily_at: Option<String>,
        /// `name`: a string (optional).
        pub name: Option<String>,
        /// `noise_threshold_decibels`: a number (optional).
        pub noise_threshold_decibels: Option<f64>,
        /// `noise_threshold_nrs`: a number (optional).
        pub noise_threshold_nrs: Option<f64>,
        /// `starts_daily_at`: a string (optional).
        pub starts_daily_at: Option<String>,
        /// `sync`: a boolean (optional).
        pub sync: Option<bool>,
    }

    #[allow(deprecated)]
    impl UpdateNoiseThreshold {
        /// A request with its required parameters (`device_id`, `noise_threshold_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(device_id: crate::Uuid, noise_threshold_id: crate::Uuid) -> Self {
            UpdateNoiseThreshold {
                device_id,
                noise_threshold_id,
                ends_daily_at: None,
                name: None,
                noise_threshold_decibels: None,
                noise_threshold_nrs: None,
                starts_daily_at: None,
                sync: None,
            }
        }
    }

    crate::setters::setters! {
        UpdateNoiseThreshold {
            /// Sets `ends_daily_at`.
            value ends_daily_at: String,
            /// Sets `name`.
            value name: String,
            /// Sets `noise_threshold_decibels`.
            plain noise_threshold_decibels: f64,
            /// Sets `noise_threshold_nrs`.
            plain noise_threshold_nrs: f64,
            /// Sets `starts_daily_at`.
            value starts_daily_at: String,
            /// Sets `sync`.
            plain sync: bool,
        }
    }
}

/// The `noise_sensors/simulate` endpoints.
pub mod simulate {
    /// `POST /noise_sensors/simulate/trigger_noise_threshold`: returns nothing but success.
    ///
    /// See <https://docs.seam.co/api/noise_sensors/simulate/trigger_noise_threshold>.
    #[crate::seam_endpoint(POST, "/noise_sensors/simulate/trigger_noise_threshold")]
    #[non_exhaustive]
    pub struct TriggerNoiseThreshold {
        /// `device_id`: an id (UUID) (required).
        pub device_id: crate::Uuid,
    }

    #[allow(deprecated)]
    impl TriggerNoiseThreshold {
        /// A request with its required parameters (`device_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(device_id: crate::Uuid) -> Self {
            TriggerNoiseThreshold { device_id }
        }
    }
}
