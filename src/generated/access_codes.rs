//! The `access_codes` endpoints of the Seam API.
//!
//! Generated from Seam's OpenAPI document by `seamapi-codegen`: do not edit.

pub use crate::resources::{AccessCode, UnmanagedAccessCode};

/// `POST /access_codes/create`: returns [`AccessCode`](crate::resources::AccessCode) (under `access_code`).
///
/// See <https://docs.seam.co/api/access_codes/create>.
#[crate::seam_endpoint(POST, "/access_codes/create", response = crate::resources::AccessCode, key = "access_code")]
#[non_exhaustive]
pub struct CreateAccessCode {
    /// `device_id`: an id (UUID) (required).
    pub device_id: crate::Uuid,
    /// `allow_external_modification`: a boolean (optional).
    pub allow_external_modification: Option<bool>,
    /// `attempt_for_offline_device`: a boolean (optional).
    pub attempt_for_offline_device: Option<bool>,
    /// `code`: a string (optional).
    pub code: Option<String>,
    /// `common_code_key`: a string (optional).
    pub common_code_key: Option<String>,
    /// `ends_at`: a timestamp (optional).
    pub ends_at: Option<crate::Timestamp>,
    /// `is_external_modification_allowed`: a boolean (optional).
    pub is_external_modification_allowed: Option<bool>,
    /// `is_offline_access_code`: a boolean (optional).
    pub is_offline_access_code: Option<bool>,
    /// `is_one_time_use`: a boolean (optional).
    pub is_one_time_use: Option<bool>,
    /// `max_time_rounding`: a [`AccessCodeMaxTimeRounding`] (optional).
    pub max_time_rounding: Option<AccessCodeMaxTimeRounding>,
    /// `name`: a string (optional).
    pub name: Option<String>,
    /// `prefer_native_scheduling`: a boolean (optional).
    pub prefer_native_scheduling: Option<bool>,
    /// `preferred_code_length`: a number (optional).
    pub preferred_code_length: Option<f64>,
    /// `starts_at`: a timestamp (optional).
    pub starts_at: Option<crate::Timestamp>,
    /// `sync`: a boolean (optional).
    pub sync: Option<bool>,
    /// `use_backup_access_code_pool`: a boolean (optional).
    pub use_backup_access_code_pool: Option<bool>,
    /// `use_offline_access_code`: a boolean (optional).
    #[deprecated(note = "Seam: Use `is_offline_access_code` instead.")]
    pub use_offline_access_code: Option<bool>,
}

#[allow(deprecated)]
impl CreateAccessCode {
    /// A request with its required parameters (`device_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(device_id: crate::Uuid) -> Self {
        CreateAccessCode {
            device_id,
            allow_external_modification: None,
            attempt_for_offline_device: None,
            code: None,
            common_code_key: None,
            ends_at: None,
            is_external_modification_allowed: None,
            is_offline_access_code: None,
            is_one_time_use: None,
            max_time_rounding: None,
            name: None,
            prefer_native_scheduling: None,
            preferred_code_length: None,
            starts_at: None,
            sync: None,
            use_backup_access_code_pool: None,
            use_offline_access_code: None,
        }
    }
}

crate::setters::setters! {
    CreateAccessCode {
        /// Sets `allow_external_modification`.
        plain allow_external_modification: bool,
        /// Sets `attempt_for_offline_device`.
        plain attempt_for_offline_device: bool,
        /// Sets `code`.
        value code: String,
        /// Sets `common_code_key`.
        value common_code_key: String,
        /// Sets `ends_at`.
        plain ends_at: crate::Timestamp,
        /// Sets `is_external_modification_allowed`.
        plain is_external_modification_allowed: bool,
        /// Sets `is_offline_access_code`.
        plain is_offline_access_code: bool,
        /// Sets `is_one_time_use`.
        plain is_one_time_use: bool,
        /// Sets `max_time_rounding`.
        value max_time_rounding: AccessCodeMaxTimeRounding,
        /// Sets `name`.
        value name: String,
        /// Sets `prefer_native_scheduling`.
        plain prefer_native_scheduling: bool,
        /// Sets `preferred_code_length`.
        plain preferred_code_length: f64,
        /// Sets `starts_at`.
        plain starts_at: crate::Timestamp,
        /// Sets `sync`.
        plain sync: bool,
        /// Sets `use_backup_access_code_pool`.
        plain use_backup_access_code_pool: bool,
        /// Sets `use_offline_access_code`.
        #[deprecated(note = "Seam: Use `is_offline_access_code` instead.")]
        plain use_offline_access_code: bool,
    }
}

/// `POST /access_codes/create_multiple`: returns a list of [`AccessCode`](crate::resources::AccessCode) (under `access_codes`).
///
/// See <https://docs.seam.co/api/access_codes/create_multiple>.
#[crate::seam_endpoint(POST, "/access_codes/create_multiple", response = Vec<crate::resources::AccessCode>, key = "access_codes")]
#[non_exhaustive]
pub struct CreateMultiple {
    /// `device_ids`: a list of id (UUID) (required).
    pub device_ids: Vec<crate::Uuid>,
    /// `allow_external_modification`: a boolean (optional).
    pub allow_external_modification: Option<bool>,
    /// `attempt_for_offline_device`: a boolean (optional).
    pub attempt_for_offline_device: Option<bool>,
    /// `behavior_when_code_cannot_be_shared`: a [`CreateMultipleBehaviorWhenCodeCannotBeShared`] (optional).
    pub behavior_when_code_cannot_be_shared: Option<CreateMultipleBehaviorWhenCodeCannotBeShared>,
    /// `code`: a string (optional).
    pub code: Option<String>,
    /// `ends_at`: a timestamp (optional).
    pub ends_at: Option<crate::Timestamp>,
    /// `is_external_modification_allowed`: a boolean (optional).
    pub is_external_modification_allowed: Option<bool>,
    /// `name`: a string (optional).
    pub name: Option<String>,
    /// `prefer_native_scheduling`: a boolean (optional).
    pub prefer_native_scheduling: Option<bool>,
    /// `preferred_code_length`: a number (optional).
    pub preferred_code_length: Option<f64>,
    /// `starts_at`: a timestamp (optional).
    pub starts_at: Option<crate::Timestamp>,
    /// `use_backup_access_code_pool`: a boolean (optional).
    pub use_backup_access_code_pool: Option<bool>,
}

#[allow(deprecated)]
impl CreateMultiple {
    /// A request with its required parameters (`device_ids`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(device_ids: impl IntoIterator<Item = impl Into<crate::Uuid>>) -> Self {
        CreateMultiple {
            device_ids: device_ids.into_iter().map(Into::into).collect(),
            allow_external_modification: None,
            attempt_for_offline_device: None,
            behavior_when_code_cannot_be_shared: None,
            code: None,
            ends_at: None,
            is_external_modification_allowed: None,
            name: None,
            prefer_native_scheduling: None,
            preferred_code_length: None,
            starts_at: None,
            use_backup_access_code_pool: None,
        }
    }
}

crate::setters::setters! {
    CreateMultiple {
        /// Sets `allow_external_modification`.
        plain allow_external_modification: bool,
        /// Sets `attempt_for_offline_device`.
        plain attempt_for_offline_device: bool,
        /// Sets `behavior_when_code_cannot_be_shared`.
        value behavior_when_code_cannot_be_shared: CreateMultipleBehaviorWhenCodeCannotBeShared,
        /// Sets `code`.
        value code: String,
        /// Sets `ends_at`.
        plain ends_at: crate::Timestamp,
        /// Sets `is_external_modification_allowed`.
        plain is_external_modification_allowed: bool,
        /// Sets `name`.
        value name: String,
        /// Sets `prefer_native_scheduling`.
        plain prefer_native_scheduling: bool,
        /// Sets `preferred_code_length`.
        plain preferred_code_length: f64,
        /// Sets `starts_at`.
        plain starts_at: crate::Timestamp,
        /// Sets `use_backup_access_code_pool`.
        plain use_backup_access_code_pool: bool,
    }
}

/// `POST /access_codes/delete`: returns nothing but success.
///
/// See <https://docs.seam.co/api/access_codes/delete>.
#[crate::seam_endpoint(POST, "/access_codes/delete")]
#[non_exhaustive]
pub struct DeleteAccessCode {
    /// `access_code_id`: an id (UUID) (required).
    pub access_code_id: crate::Uuid,
    /// `device_id`: an id (UUID) (optional).
    pub device_id: Option<crate::Uuid>,
    /// `sync`: a boolean (optional).
    pub sync: Option<bool>,
}

#[allow(deprecated)]
impl DeleteAccessCode {
    /// A request with its required parameters (`access_code_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(access_code_id: crate::Uuid) -> Self {
        DeleteAccessCode {
            access_code_id,
            device_id: None,
            sync: None,
        }
    }
}

crate::setters::setters! {
    DeleteAccessCode {
        /// Sets `device_id`.
        plain device_id: crate::Uuid,
        /// Sets `sync`.
        plain sync: bool,
    }
}

/// `GET /access_codes/generate_code`: returns [`AccessCode`](crate::resources::AccessCode) (under `generated_code`).
///
/// See <https://docs.seam.co/api/access_codes/generate_code>.
#[crate::seam_endpoint(GET, "/access_codes/generate_code", response = crate::resources::AccessCode, key = "generated_code")]
#[non_exhaustive]
pub struct GenerateCode {
    /// `device_id`: an id (UUID) (required).
    pub device_id: crate::Uuid,
}

#[allow(deprecated)]
impl GenerateCode {
    /// A request with its required parameters (`device_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(device_id: crate::Uuid) -> Self {
        GenerateCode { device_id }
    }
}

/// `GET /access_codes/get`: returns [`AccessCode`](crate::resources::AccessCode) (under `access_code`).
///
/// See <https://docs.seam.co/api/access_codes/get>.
#[crate::seam_endpoint(GET, "/access_codes/get", response = crate::resources::AccessCode, key = "access_code")]
#[derive(Default)]
#[non_exhaustive]
pub struct GetAccessCode {
    /// `access_code_id`: an id (UUID) (optional).
    pub access_code_id: Option<crate::Uuid>,
    /// `code`: a string (optional).
    pub code: Option<String>,
    /// `device_id`: an id (UUID) (optional).
    pub device_id: Option<crate::Uuid>,
}

#[allow(deprecated)]
impl GetAccessCode {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        GetAccessCode {
            access_code_id: None,
            code: None,
            device_id: None,
        }
    }
}

crate::setters::setters! {
    GetAccessCode {
        /// Sets `access_code_id`.
        plain access_code_id: crate::Uuid,
        /// Sets `code`.
        value code: String,
        /// Sets `device_id`.
        plain device_id: crate::Uuid,
    }
}

/// `GET /access_codes/list`: returns one page of [`AccessCode`](crate::resources::AccessCode) (under `access_codes`); walk every page with [`Client::paginate`](crate::Client::paginate).
///
/// See <https://docs.seam.co/api/access_codes/list>.
#[crate::seam_endpoint(GET, "/access_codes/list", response = ListAccessCodesPage, paginated)]
#[derive(Default)]
#[non_exhaustive]
pub struct ListAccessCodes {
    /// `access_code_ids`: a list of id (UUID) (optional).
    pub access_code_ids: Option<Vec<crate::Uuid>>,
    /// `access_grant_id`: an id (UUID) (optional).
    pub access_grant_id: Option<crate::Uuid>,
    /// `access_grant_key`: a string (optional).
    pub access_grant_key: Option<String>,
    /// `access_method_id`: an id (UUID) (optional).
    pub access_method_id: Option<crate::Uuid>,
    /// `customer_key`: a string (optional).
    pub customer_key: Option<String>,
    /// `device_id`: an id (UUID) (optional).
    pub device_id: Option<crate::Uuid>,
    /// `limit`: an integer (optional).
    pub limit: Option<u32>,
    /// `page_cursor`: a string (optional, may be null).
    pub page_cursor: Option<String>,
    /// `search`: a string (optional).
    pub search: Option<String>,
    /// `user_identifier_key`: a string (optional).
    pub user_identifier_key: Option<String>,
}

#[allow(deprecated)]
impl ListAccessCodes {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        ListAccessCodes {
            access_code_ids: None,
            access_grant_id: None,
            access_grant_key: None,
            access_method_id: None,
            customer_key: None,
            device_id: None,
            limit: None,
            page_cursor: None,
            search: None,
            user_identifier_key: None,
        }
    }
}

crate::setters::setters! {
    ListAccessCodes {
        /// Sets `access_code_ids`.
        list access_code_ids: crate::Uuid,
        /// Sets `access_grant_id`.
        plain access_grant_id: crate::Uuid,
        /// Sets `access_grant_key`.
        value access_grant_key: String,
        /// Sets `access_method_id`.
        plain access_method_id: crate::Uuid,
        /// Sets `customer_key`.
        value customer_key: String,
        /// Sets `device_id`.
        plain device_id: crate::Uuid,
        /// Sets `limit`.
        plain limit: u32,
        /// Sets `page_cursor`.
        value page_cursor: String,
        /// Sets `search`.
        value search: String,
        /// Sets `user_identifier_key`.
        value user_identifier_key: String,
    }
}

/// One page of `access_codes`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct ListAccessCodesPage {
    /// The items of this page.
    pub access_codes: Vec<crate::resources::AccessCode>,
    /// Where this page stands.
    #[serde(default)]
    pub pagination: crate::Pagination,
}

impl crate::PageResponse for ListAccessCodesPage {
    type Item = crate::resources::AccessCode;

    fn into_page(self) -> crate::Page<crate::resources::AccessCode> {
        crate::Page {
            items: self.access_codes,
            pagination: self.pagination,
        }
    }
}

/// `POST /access_codes/pull_backup_access_code`: returns [`AccessCode`](crate::resources::AccessCode) (under `access_code`).
///
/// See <https://docs.seam.co/api/access_codes/pull_backup_access_code>.
#[crate::seam_endpoint(POST, "/access_codes/pull_backup_access_code", response = crate::resources::AccessCode, key = "access_code")]
#[non_exhaustive]
pub struct PullBackupAccessCode {
    /// `access_code_id`: an id (UUID) (required).
    pub access_code_id: crate::Uuid,
}

#[allow(deprecated)]
impl PullBackupAccessCode {
    /// A request with its required parameters (`access_code_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(access_code_id: crate::Uuid) -> Self {
        PullBackupAccessCode { access_code_id }
    }
}

/// `POST /access_codes/report_device_constraints`: returns nothing but success.
///
/// See <https://docs.seam.co/api/access_codes/report_device_constraints>.
#[crate::seam_endpoint(POST, "/access_codes/report_device_constraints")]
#[non_exhaustive]
pub struct ReportDeviceConstraints {
    /// `device_id`: an id (UUID) (required).
    pub device_id: crate::Uuid,
    /// `max_code_length`: an integer (optional).
    pub max_code_length: Option<i64>,
    /// `min_code_length`: an integer (optional).
    pub min_code_length: Option<i64>,
    /// `supported_code_lengths`: a list of integer (optional).
    pub supported_code_lengths: Option<Vec<i64>>,
}

#[allow(deprecated)]
impl ReportDeviceConstraints {
    /// A request with its required parameters (`device_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(device_id: crate::Uuid) -> Self {
        ReportDeviceConstraints {
            device_id,
            max_code_length: None,
            min_code_length: None,
            supported_code_lengths: None,
        }
    }
}

crate::setters::setters! {
    ReportDeviceConstraints {
        /// Sets `max_code_length`.
        plain max_code_length: i64,
        /// Sets `min_code_length`.
        plain min_code_length: i64,
        /// Sets `supported_code_lengths`.
        list supported_code_lengths: i64,
    }
}

/// `POST /access_codes/update`: returns nothing but success.
///
/// See <https://docs.seam.co/api/access_codes/update>.
#[crate::seam_endpoint(POST, "/access_codes/update")]
#[non_exhaustive]
pub struct UpdateAccessCode {
    /// `access_code_id`: an id (UUID) (required).
    pub access_code_id: crate::Uuid,
    /// `allow_external_modification`: a boolean (optional).
    pub allow_external_modification: Option<bool>,
    /// `attempt_for_offline_device`: a boolean (optional).
    pub attempt_for_offline_device: Option<bool>,
    /// `code`: a string (optional).
    pub code: Option<String>,
    /// `device_id`: an id (UUID) (optional).
    pub device_id: Option<crate::Uuid>,
    /// `ends_at`: a timestamp (optional).
    pub ends_at: Option<crate::Timestamp>,
    /// `is_external_modification_allowed`: a boolean (optional).
    pub is_external_modification_allowed: Option<bool>,
    /// `is_managed`: a boolean (optional).
    pub is_managed: Option<bool>,
    /// `is_offline_access_code`: a boolean (optional).
    pub is_offline_access_code: Option<bool>,
    /// `is_one_time_use`: a boolean (optional).
    pub is_one_time_use: Option<bool>,
    /// `max_time_rounding`: a [`AccessCodeMaxTimeRounding`] (optional).
    pub max_time_rounding: Option<AccessCodeMaxTimeRounding>,
    /// `name`: a string (optional).
    pub name: Option<String>,
    /// `prefer_native_scheduling`: a boolean (optional).
    pub prefer_native_scheduling: Option<bool>,
    /// `preferred_code_length`: a number (optional).
    pub preferred_code_length: Option<f64>,
    /// `starts_at`: a timestamp (optional).
    pub starts_at: Option<crate::Timestamp>,
    /// `sync`: a boolean (optional).
    pub sync: Option<bool>,
    /// `type`: a [`UpdateAccessCodeType`] (optional).
    pub r#type: Option<UpdateAccessCodeType>,
    /// `use_backup_access_code_pool`: a boolean (optional).
    pub use_backup_access_code_pool: Option<bool>,
    /// `use_offline_access_code`: a boolean (optional).
    #[deprecated(note = "Seam: Use `is_offline_access_code` instead.")]
    pub use_offline_access_code: Option<bool>,
}

#[allow(deprecated)]
impl UpdateAccessCode {
    /// A request with its required parameters (`access_code_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(access_code_id: crate::Uuid) -> Self {
        UpdateAccessCode {
            access_code_id,
            allow_external_modification: None,
            attempt_for_offline_device: None,
            code: None,
            device_id: None,
            ends_at: None,
            is_external_modification_allowed: None,
            is_managed: None,
            is_offline_access_code: None,
            is_one_time_use: None,
            max_time_rounding: None,
            name: None,
            prefer_native_scheduling: None,
            preferred_code_length: None,
            starts_at: None,
            sync: None,
            r#type: None,
            use_backup_access_code_pool: None,
            use_offline_access_code: None,
        }
    }
}

crate::setters::setters! {
    UpdateAccessCode {
        /// Sets `allow_external_modification`.
        plain allow_external_modification: bool,
        /// Sets `attempt_for_offline_device`.
        plain attempt_for_offline_device: bool,
        /// Sets `code`.
        value code: String,
        /// Sets `device_id`.
        plain device_id: crate::Uuid,
        /// Sets `ends_at`.
        plain ends_at: crate::Timestamp,
        /// Sets `is_external_modification_allowed`.
        plain is_external_modification_allowed: bool,
        /// Sets `is_managed`.
        plain is_managed: bool,
        /// Sets `is_offline_access_code`.
        plain is_offline_access_code: bool,
        /// Sets `is_one_time_use`.
        plain is_one_time_use: bool,
        /// Sets `max_time_rounding`.
        value max_time_rounding: AccessCodeMaxTimeRounding,
        /// Sets `name`.
        value name: String,
        /// Sets `prefer_native_scheduling`.
        plain prefer_native_scheduling: bool,
        /// Sets `preferred_code_length`.
        plain preferred_code_length: f64,
        /// Sets `starts_at`.
        plain starts_at: crate::Timestamp,
        /// Sets `sync`.
        plain sync: bool,
        /// Sets `type`.
        value r#type: UpdateAccessCodeType,
        /// Sets `use_backup_access_code_pool`.
        plain use_backup_access_code_pool: bool,
        /// Sets `use_offline_access_code`.
        #[deprecated(note = "Seam: Use `is_offline_access_code` instead.")]
        plain use_offline_access_code: bool,
    }
}

/// `POST /access_codes/update_multiple`: returns nothing but success.
///
/// See <https://docs.seam.co/api/access_codes/update_multiple>.
#[crate::seam_endpoint(POST, "/access_codes/update_multiple")]
#[non_exhaustive]
pub struct UpdateMultiple {
    /// `common_code_key`: a string (required).
    pub common_code_key: String,
    /// `ends_at`: a timestamp (optional).
    pub ends_at: Option<crate::Timestamp>,
    /// `name`: a string (optional).
    pub name: Option<String>,
    /// `starts_at`: a timestamp (optional).
    pub starts_at: Option<crate::Timestamp>,
}

#[allow(deprecated)]
impl UpdateMultiple {
    /// A request with its required parameters (`common_code_key`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(common_code_key: impl Into<String>) -> Self {
        UpdateMultiple {
            common_code_key: common_code_key.into(),
            ends_at: None,
            name: None,
            starts_at: None,
        }
    }
}

crate::setters::setters! {
    UpdateMultiple {
        /// Sets `ends_at`.
        plain ends_at: crate::Timestamp,
        /// Sets `name`.
        value name: String,
        /// Sets `starts_at`.
        plain starts_at: crate::Timestamp,
    }
}

seamapi_runtime::string_enum! {
    /// The values of `create_access_code_max_time_rounding`, `update_access_code_max_time_rounding`.
    pub enum AccessCodeMaxTimeRounding {
        /// `1hour`.
        V1hour => "1hour",
        /// `1day`.
        V1day => "1day",
        /// `1h`.
        V1h => "1h",
        /// `1d`.
        V1d => "1d",
    }
}

seamapi_runtime::string_enum! {
    /// The values of `create_multiple_behavior_when_code_cannot_be_shared`.
    pub enum CreateMultipleBehaviorWhenCodeCannotBeShared {
        /// `throw`.
        Throw => "throw",
        /// `create_random_code`.
        CreateRandomCode => "create_random_code",
    }
}

seamapi_runtime::string_enum! {
    /// The values of `update_access_code_type`.
    pub enum UpdateAccessCodeType {
        /// `ongoing`.
        Ongoing => "ongoing",
        /// `time_bound`.
        TimeBound => "time_bound",
    }
}

/// The `access_codes/simulate` endpoints.
pub mod simulate {
    /// `POST /access_codes/simulate/create_unmanaged_access_code`: returns [`UnmanagedAccessCode`](crate::resources::UnmanagedAccessCode) (under `access_code`).
    ///
    /// See <https://docs.seam.co/api/access_codes/simulate/create_unmanaged_access_code>.
    #[crate::seam_endpoint(POST, "/access_codes/simulate/create_unmanaged_access_code", response = crate::resources::UnmanagedAccessCode, key = "access_code")]
    #[non_exhaustive]
    pub struct CreateUnmanagedAccessCode {
        /// `code`: a string (required).
        pub code: String,
        /// `device_id`: an id (UUID) (required).
        pub device_id: crate::Uuid,
        /// `name`: a string (required).
        pub name: String,
    }

    #[allow(deprecated)]
    impl CreateUnmanagedAccessCode {
        /// A request with its required parameters (`code`, `device_id`, `name`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(
            code: impl Into<String>,
            device_id: crate::Uuid,
            name: impl Into<String>,
        ) -> Self {
            CreateUnmanagedAccessCode {
                code: code.into(),
                device_id,
                name: name.into(),
            }
        }
    }
}

/// The `access_codes/unmanaged` endpoints.
pub mod unmanaged {
    /// `POST /access_codes/unmanaged/convert_to_managed`: returns nothing but success.
    ///
    /// See <https://docs.seam.co/api/access_codes/unmanaged/convert_to_managed>.
    #[crate::seam_endpoint(POST, "/access_codes/unmanaged/convert_to_managed")]
    #[non_exhaustive]
    pub struct ConvertToManaged {
        /// `access_code_id`: an id (UUID) (required).
        pub access_code_id: crate::Uuid,
        /// `allow_external_modification`: a boolean (optional).
        pub allow_external_modification: Option<bool>,
        /// `force`: a boolean (optional).
        pub force: Option<bool>,
        /// `is_external_modification_allowed`: a boolean (optional).
        pub is_external_modification_allowed: Option<bool>,
        /// `sync`: a boolean (optional).
        pub sync: Option<bool>,
    }

    #[allow(deprecated)]
    impl ConvertToManaged {
        /// A request with its required parameters (`access_code_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(access_code_id: crate::Uuid) -> Self {
            ConvertToManaged {
                access_code_id,
                allow_external_modification: None,
                force: None,
                is_external_modification_allowed: None,
                sync: None,
            }
        }
    }

    crate::setters::setters! {
        ConvertToManaged {
            /// Sets `allow_external_modification`.
            plain allow_external_modification: bool,
            /// Sets `force`.
            plain force: bool,
            /// Sets `is_external_modification_allowed`.
            plain is_external_modification_allowed: bool,
            /// Sets `sync`.
            plain sync: bool,
        }
    }

    /// `POST /access_codes/unmanaged/delete`: returns nothing but success.
    ///
    /// See <https://docs.seam.co/api/access_codes/unmanaged/delete>.
    #[crate::seam_endpoint(POST, "/access_codes/unmanaged/delete")]
    #[non_exhaustive]
    pub struct DeleteUnmanagedAccessCode {
        /// `access_code_id`: an id (UUID) (required).
        pub access_code_id: crate::Uuid,
        /// `sync`: a boolean (optional).
        pub sync: Option<bool>,
    }

    #[allow(deprecated)]
    impl DeleteUnmanagedAccessCode {
        /// A request with its required parameters (`access_code_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(access_code_id: crate::Uuid) -> Self {
            DeleteUnmanagedAccessCode {
                access_code_id,
                sync: None,
            }
        }
    }

    crate::setters::setters! {
        DeleteUnmanagedAccessCode {
            /// Sets `sync`.
            plain sync: bool,
        }
    }

    /// `GET /access_codes/unmanaged/get`: returns [`UnmanagedAccessCode`](crate::resources::UnmanagedAccessCode) (under `access_code`).
    ///
    /// See <https://docs.seam.co/api/access_codes/unmanaged/get>.
    #[crate::seam_endpoint(GET, "/access_codes/unmanaged/get", response = crate::resources::UnmanagedAccessCode, key = "access_code")]
    #[derive(Default)]
    #[non_exhaustive]
    pub struct GetUnmanagedAccessCode {
        /// `access_code_id`: an id (UUID) (optional).
        pub access_code_id: Option<crate::Uuid>,
        /// `code`: a string (optional).
        pub code: Option<String>,
        /// `device_id`: an id (UUID) (optional).
        pub device_id: Option<crate::Uuid>,
    }

    #[allow(deprecated)]
    impl GetUnmanagedAccessCode {
        /// A request with no parameter set yet; set them with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            GetUnmanagedAccessCode {
                access_code_id: None,
                code: None,
                device_id: None,
            }
        }
    }

    crate::setters::setters! {
        GetUnmanagedAccessCode {
            /// Sets `access_code_id`.
            plain access_code_id: crate::Uuid,
            /// Sets `code`.
            value code: String,
            /// Sets `device_id`.
            plain device_id: crate::Uuid,
        }
    }

    /// `GET /access_codes/unmanaged/list`: returns one page of [`UnmanagedAccessCode`](crate::resources::UnmanagedAccessCode) (under `access_codes`); walk every page with [`Client::paginate`](crate::Client::paginate).
    ///
    /// See <https://docs.seam.co/api/access_codes/unmanaged/list>.
    #[crate::seam_endpoint(GET, "/access_codes/unmanaged/list", response = ListUnmanagedAccessCodesPage, paginated)]
    #[non_exhaustive]
    pub struct ListUnmanagedAccessCodes {
        /// `device_id`: an id (UUID) (required).
        pub device_id: crate::Uuid,
        /// `limit`: an integer (optional).
        pub limit: Option<u32>,
        /// `page_cursor`: a string (optional, may be null).
        pub page_cursor: Option<String>,
        /// `search`: a string (optional).
        pub search: Option<String>,
        /// `user_identifier_key`: a string (optional).
        pub user_identifier_key: Option<String>,
    }

    #[allow(deprecated)]
    impl ListUnmanagedAccessCodes {
        /// A request with its required parameters (`device_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(device_id: crate::Uuid) -> Self {
            ListUnmanagedAccessCodes {
                device_id,
                limit: None,
                page_cursor: None,
                search: None,
                user_identifier_key: None,
            }
        }
    }

    crate::setters::setters! {
        ListUnmanagedAccessCodes {
            /// Sets `limit`.
            plain limit: u32,
            /// Sets `page_cursor`.
            value page_cursor: String,
            /// Sets `search`.
            value search: String,
            /// Sets `user_identifier_key`.
            value user_identifier_key: String,
        }
    }

    /// One page of `access_codes`.
    #[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
    #[non_exhaustive]
    pub struct ListUnmanagedAccessCodesPage {
        /// The items of this page.
        pub access_codes: Vec<crate::resources::UnmanagedAccessCode>,
        /// Where this page stands.
        #[serde(default)]
        pub pagination: crate::Pagination,
    }

    impl crate::PageResponse for ListUnmanagedAccessCodesPage {
        type Item = crate::resources::UnmanagedAccessCode;

        fn into_page(self) -> crate::Page<crate::resources::UnmanagedAccessCode> {
            crate::Page {
                items: self.access_codes,
                pagination: self.pagination,
            }
        }
    }

    /// `POST /access_codes/unmanaged/update`: returns nothing but success.
    ///
    /// See <https://docs.seam.co/api/access_codes/unmanaged/update>.
    #[crate::seam_endpoint(POST, "/access_codes/unmanaged/update")]
    #[non_exhaustive]
    pub struct UpdateUnmanagedAccessCode {
        /// `access_code_id`: an id (UUID) (required).
        pub access_code_id: crate::Uuid,
        /// `is_managed`: a boolean (required).
        pub is_managed: bool,
        /// `allow_external_modification`: a boolean (optional).
        pub allow_external_modification: Option<bool>,
        /// `force`: a boolean (optional).
        pub force: Option<bool>,
        /// `is_external_modification_allowed`: a boolean (optional).
        pub is_external_modification_allowed: Option<bool>,
    }

    #[allow(deprecated)]
    impl UpdateUnmanagedAccessCode {
        /// A request with its required parameters (`access_code_id`, `is_managed`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(access_code_id: crate::Uuid, is_managed: bool) -> Self {
            UpdateUnmanagedAccessCode {
                access_code_id,
                is_managed,
                allow_external_modification: None,
                force: None,
                is_external_modification_allowed: None,
            }
        }
    }

    crate::setters::setters! {
        UpdateUnmanagedAccessCode {
            /// Sets `allow_external_modification`.
            plain allow_external_modification: bool,
            /// Sets `force`.
            plain force: bool,
            /// Sets `is_external_modification_allowed`.
            plain is_external_modification_allowed: bool,
        }
    }
}
