//! The `phones` endpoints of the Seam API.
//!
//! Generated from Seam's OpenAPI document by `seamapi-codegen`: do not edit.

pub use crate::resources::Phone;

/// `POST /phones/deactivate`: returns nothing but success.
///
/// See <https://docs.seam.co/api/phones/deactivate>.
#[crate::seam_endpoint(POST, "/phones/deactivate")]
#[non_exhaustive]
pub struct Deactivate {
    /// `device_id`: a string (required).
    pub device_id: String,
}

#[allow(deprecated)]
impl Deactivate {
    /// A request with its required parameters (`device_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(device_id: impl Into<String>) -> Self {
        Deactivate {
            device_id: device_id.into(),
        }
    }
}

/// `GET /phones/get`: returns [`Phone`](crate::resources::Phone) (under `phone`).
///
/// See <https://docs.seam.co/api/phones/get>.
#[crate::seam_endpoint(GET, "/phones/get", response = crate::resources::Phone, key = "phone")]
#[non_exhaustive]
pub struct GetPhone {
    /// `device_id`: an id (UUID) (required).
    pub device_id: crate::Uuid,
}

#[allow(deprecated)]
impl GetPhone {
    /// A request with its required parameters (`device_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(device_id: crate::Uuid) -> Self {
        GetPhone { device_id }
    }
}

/// `GET /phones/list`: returns a list of [`Phone`](crate::resources::Phone) (under `phones`).
///
/// See <https://docs.seam.co/api/phones/list>.
#[crate::seam_endpoint(GET, "/phones/list", response = Vec<crate::resources::Phone>, key = "phones")]
#[derive(Default)]
#[non_exhaustive]
pub struct ListPhones {
    /// `acs_credential_id`: an id (UUID) (optional).
    pub acs_credential_id: Option<crate::Uuid>,
    /// `owner_user_identity_id`: an id (UUID) (optional).
    pub owner_user_identity_id: Option<crate::Uuid>,
}

#[allow(deprecated)]
impl ListPhones {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        ListPhones {
            acs_credential_id: None,
            owner_user_identity_id: None,
        }
    }
}

crate::setters::setters! {
    ListPhones {
        /// Sets `acs_credential_id`.
        plain acs_credential_id: crate::Uuid,
        /// Sets `owner_user_identity_id`.
        plain owner_user_identity_id: crate::Uuid,
    }
}

/// The `phones/simulate` endpoints.
pub mod simulate {
    /// `POST /phones/simulate/create_sandbox_phone`: returns [`Phone`](crate::resources::Phone) (under `phone`).
    ///
    /// See <https://docs.seam.co/api/phones/simulate/create_sandbox_phone>.
    #[crate::seam_endpoint(POST, "/phones/simulate/create_sandbox_phone", response = crate::resources::Phone, key = "phone")]
    #[non_exhaustive]
    pub struct CreateSandboxPhone {
        /// `user_identity_id`: an id (UUID) (required).
        pub user_identity_id: crate::Uuid,
        /// `assa_abloy_metadata`: a [`CreateSandboxPhoneAssaAbloyMetadata`] (optional).
        pub assa_abloy_metadata: Option<CreateSandboxPhoneAssaAbloyMetadata>,
        /// `custom_sdk_installation_id`: a string (optional).
        pub custom_sdk_installation_id: Option<String>,
        /// `phone_metadata`: a [`CreateSandboxPhonePhoneMetadata`] (optional).
        pub phone_metadata: Option<CreateSandboxPhonePhoneMetadata>,
    }

    #[allow(deprecated)]
    impl CreateSandboxPhone {
        /// A request with its required parameters (`user_identity_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(user_identity_id: crate::Uuid) -> Self {
            CreateSandboxPhone {
                user_identity_id,
                assa_abloy_metadata: None,
                custom_sdk_installation_id: None,
                phone_metadata: None,
            }
        }
    }

    crate::setters::setters! {
        CreateSandboxPhone {
            /// Sets `assa_abloy_metadata`.
            value assa_abloy_metadata: CreateSandboxPhoneAssaAbloyMetadata,
            /// Sets `custom_sdk_installation_id`.
            value custom_sdk_installation_id: String,
            /// Sets `phone_metadata`.
            value phone_metadata: CreateSandboxPhonePhoneMetadata,
        }
    }

    /// The `create_sandbox_phone_assa_abloy_metadata` object.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
    #[non_exhaustive]
    pub struct CreateSandboxPhoneAssaAbloyMetadata {
        /// `application_version`: a string (optional).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub application_version: Option<String>,
        /// `ble_capability`: a boolean (optional).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub ble_capability: Option<bool>,
        /// `hce_capability`: a boolean (optional).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub hce_capability: Option<bool>,
        /// `nfc_capability`: a boolean (optional).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub nfc_capability: Option<bool>,
        /// `seos_applet_version`: a string (optional).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub seos_applet_version: Option<String>,
        /// `seos_tsm_endpoint_id`: a number (optional).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub seos_tsm_endpoint_id: Option<f64>,
    }

    #[allow(deprecated)]
    impl CreateSandboxPhoneAssaAbloyMetadata {
        /// A request with no parameter set yet; set them with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            CreateSandboxPhoneAssaAbloyMetadata {
                application_version: None,
                ble_capability: None,
                hce_capability: None,
                nfc_capability: None,
                seos_applet_version: None,
                seos_tsm_endpoint_id: None,
            }
        }
    }

    crate::setters::setters! {
        CreateSandboxPhoneAssaAbloyMetadata {
            /// Sets `application_version`.
            value application_version: String,
            /// Sets `ble_capability`.
            plain ble_capability: bool,
            /// Sets `hce_capability`.
            plain hce_capability: bool,
            /// Sets `nfc_capability`.
            plain nfc_capability: bool,
            /// Sets `seos_applet_version`.
            value seos_applet_version: String,
            /// Sets `seos_tsm_endpoint_id`.
            plain seos_tsm_endpoint_id: f64,
        }
    }

    /// The `create_sandbox_phone_phone_metadata` object.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
    #[non_exhaustive]
    pub struct CreateSandboxPhonePhoneMetadata {
        /// `device_manufacturer`: a string (optional).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub device_manufacturer: Option<String>,
        /// `device_model`: a string (optional).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub device_model: Option<String>,
        /// `operating_system`: a [`CreateSandboxPhonePhoneMetadataOperatingSystem`] (optional).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub operating_system: Option<CreateSandboxPhonePhoneMetadataOperatingSystem>,
        /// `os_version`: a string (optional).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub os_version: Option<String>,
    }

    #[allow(deprecated)]
    impl CreateSandboxPhonePhoneMetadata {
        /// A request with no parameter set yet; set them with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            CreateSandboxPhonePhoneMetadata {
                device_manufacturer: None,
                device_model: None,
                operating_system: None,
                os_version: None,
            }
        }
    }

    crate::setters::setters! {
        CreateSandboxPhonePhoneMetadata {
            /// Sets `device_manufacturer`.
            value device_manufacturer: String,
            /// Sets `device_model`.
            value device_model: String,
            /// Sets `operating_system`.
            value operating_system: CreateSandboxPhonePhoneMetadataOperatingSystem,
            /// Sets `os_version`.
            value os_version: String,
        }
    }

    seamapi_runtime::string_enum! {
        /// The values of `create_sandbox_phone_phone_metadata_operating_system`.
        pub enum CreateSandboxPhonePhoneMetadataOperatingSystem {
            /// `android`.
            Android => "android",
            /// `ios`.
            Ios => "ios",
        }
    }
}
