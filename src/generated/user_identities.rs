//! The `user_identities` endpoints of the Seam API.
//!
//! Generated from Seam's OpenAPI document by `seamapi-codegen`: do not edit.

pub use crate::resources::{
    AcsEntrance, AcsSystem, AcsUser, Device, InstantKey, UnmanagedUserIdentity, UserIdentity,
};

/// `POST /user_identities/add_acs_user`: returns nothing but success.
///
/// See <https://docs.seam.co/api/user_identities/add_acs_user>.
#[crate::seam_endpoint(POST, "/user_identities/add_acs_user")]
#[non_exhaustive]
pub struct AddAcsUser {
    /// `acs_user_id`: an id (UUID) (required).
    pub acs_user_id: crate::Uuid,
    /// `user_identity_id`: an id (UUID) (optional).
    pub user_identity_id: Option<crate::Uuid>,
    /// `user_identity_key`: a string (optional).
    pub user_identity_key: Option<String>,
}

#[allow(deprecated)]
impl AddAcsUser {
    /// A request with its required parameters (`acs_user_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(acs_user_id: crate::Uuid) -> Self {
        AddAcsUser {
            acs_user_id,
            user_identity_id: None,
            user_identity_key: None,
        }
    }
}

crate::setters::setters! {
    AddAcsUser {
        /// Sets `user_identity_id`.
        plain user_identity_id: crate::Uuid,
        /// Sets `user_identity_key`.
        value user_identity_key: String,
    }
}

/// `POST /user_identities/create`: returns [`UserIdentity`](crate::resources::UserIdentity) (under `user_identity`).
///
/// See <https://docs.seam.co/api/user_identities/create>.
#[crate::seam_endpoint(POST, "/user_identities/create", response = crate::resources::UserIdentity, key = "user_identity")]
#[derive(Default)]
#[non_exhaustive]
pub struct CreateUserIdentity {
    /// `acs_system_ids`: a list of id (UUID) (optional).
    pub acs_system_ids: Option<Vec<crate::Uuid>>,
    /// `email_address`: a string (optional, may be null).
    pub email_address: Option<crate::Nullable<String>>,
    /// `full_name`: a string (optional, may be null).
    pub full_name: Option<crate::Nullable<String>>,
    /// `phone_number`: a string (optional, may be null).
    pub phone_number: Option<crate::Nullable<String>>,
    /// `user_identity_key`: a string (optional, may be null).
    pub user_identity_key: Option<crate::Nullable<String>>,
}

#[allow(deprecated)]
impl CreateUserIdentity {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        CreateUserIdentity {
            acs_system_ids: None,
            email_address: None,
            full_name: None,
            phone_number: None,
            user_identity_key: None,
        }
    }
}

crate::setters::setters! {
    CreateUserIdentity {
        /// Sets `acs_system_ids`.
        list acs_system_ids: crate::Uuid,
        /// Sets `email_address`.
        nullable email_address: String,
        /// Sets `full_name`.
        nullable full_name: String,
        /// Sets `phone_number`.
        nullable phone_number: String,
        /// Sets `user_identity_key`.
        nullable user_identity_key: String,
    }
}

/// `POST /user_identities/delete`: returns nothing but success.
///
/// See <https://docs.seam.co/api/user_identities/delete>.
#[crate::seam_endpoint(POST, "/user_identities/delete")]
#[non_exhaustive]
pub struct DeleteUserIdentity {
    /// `user_identity_id`: an id (UUID) (required).
    pub user_identity_id: crate::Uuid,
}

#[allow(deprecated)]
impl DeleteUserIdentity {
    /// A request with its required parameters (`user_identity_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(user_identity_id: crate::Uuid) -> Self {
        DeleteUserIdentity { user_identity_id }
    }
}

/// `POST /user_identities/generate_instant_key`: returns [`InstantKey`](crate::resources::InstantKey) (under `instant_key`).
///
/// See <https://docs.seam.co/api/user_identities/generate_instant_key>.
#[crate::seam_endpoint(POST, "/user_identities/generate_instant_key", response = crate::resources::InstantKey, key = "instant_key")]
#[non_exhaustive]
pub struct GenerateInstantKey {
    /// `user_identity_id`: an id (UUID) (required).
    pub user_identity_id: crate::Uuid,
    /// `customization_profile_id`: an id (UUID) (optional).
    pub customization_profile_id: Option<crate::Uuid>,
    /// `max_use_count`: a number (optional).
    pub max_use_count: Option<f64>,
}

#[allow(deprecated)]
impl GenerateInstantKey {
    /// A request with its required parameters (`user_identity_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(user_identity_id: crate::Uuid) -> Self {
        GenerateInstantKey {
            user_identity_id,
            customization_profile_id: None,
            max_use_count: None,
        }
    }
}

crate::setters::setters! {
    GenerateInstantKey {
        /// Sets `customization_profile_id`.
        plain customization_profile_id: crate::Uuid,
        /// Sets `max_use_count`.
        plain max_use_count: f64,
    }
}

/// `POST /user_identities/get`: returns [`UserIdentity`](crate::resources::UserIdentity) (under `user_identity`).
///
/// See <https://docs.seam.co/api/user_identities/get>.
#[crate::seam_endpoint(POST, "/user_identities/get", response = crate::resources::UserIdentity, key = "user_identity")]
#[non_exhaustive]
pub struct GetUserIdentity {
    /// Which one of `user_identity_id`, `user_identity_key` to send.
    #[serde(flatten)]
    pub user_identity: GetUserIdentityUserIdentity,
}

#[allow(deprecated)]
impl GetUserIdentity {
    /// A request with its required parameters (`user_identity`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(user_identity: impl Into<GetUserIdentityUserIdentity>) -> Self {
        GetUserIdentity {
            user_identity: user_identity.into(),
        }
    }
}

/// `POST /user_identities/grant_access_to_device`: returns nothing but success.
///
/// See <https://docs.seam.co/api/user_identities/grant_access_to_device>.
#[crate::seam_endpoint(POST, "/user_identities/grant_access_to_device")]
#[non_exhaustive]
pub struct GrantAccessToDevice {
    /// `device_id`: an id (UUID) (required).
    pub device_id: crate::Uuid,
    /// `user_identity_id`: an id (UUID) (required).
    pub user_identity_id: crate::Uuid,
}

#[allow(deprecated)]
impl GrantAccessToDevice {
    /// A request with its required parameters (`device_id`, `user_identity_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(device_id: crate::Uuid, user_identity_id: crate::Uuid) -> Self {
        GrantAccessToDevice {
            device_id,
            user_identity_id,
        }
    }
}

/// `GET /user_identities/list`: returns one page of [`UserIdentity`](crate::resources::UserIdentity) (under `user_identities`); walk every page with [`Client::paginate`](crate::Client::paginate).
///
/// See <https://docs.seam.co/api/user_identities/list>.
#[crate::seam_endpoint(GET, "/user_identities/list", response = ListUserIdentitiesPage, paginated)]
#[derive(Default)]
#[non_exhaustive]
pub struct ListUserIdentities {
    /// `created_before`: a timestamp (optional).
    pub created_before: Option<crate::Timestamp>,
    /// `credential_manager_acs_system_id`: an id (UUID) (optional).
    pub credential_manager_acs_system_id: Option<crate::Uuid>,
    /// `limit`: an integer (optional).
    pub limit: Option<i64>,
    /// `page_cursor`: a string (optional, may be null).
    pub page_cursor: Option<String>,
    /// `search`: a string (optional).
    pub search: Option<String>,
    /// `user_identity_ids`: a list of id (UUID) (optional).
    pub user_identity_ids: Option<Vec<crate::Uuid>>,
}

#[allow(deprecated)]
impl ListUserIdentities {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        ListUserIdentities {
            created_before: None,
            credential_manager_acs_system_id: None,
            limit: None,
            page_cursor: None,
            search: None,
            user_identity_ids: None,
        }
    }
}

crate::setters::setters! {
    ListUserIdentities {
        /// Sets `created_before`.
        plain created_before: crate::Timestamp,
        /// Sets `credential_manager_acs_system_id`.
        plain credential_manager_acs_system_id: crate::Uuid,
        /// Sets `limit`.
        plain limit: i64,
        /// Sets `page_cursor`.
        value page_cursor: String,
        /// Sets `search`.
        value search: String,
        /// Sets `user_identity_ids`.
        list user_identity_ids: crate::Uuid,
    }
}

/// One page of `user_identities`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct ListUserIdentitiesPage {
    /// The items of this page.
    pub user_identities: Vec<crate::resources::UserIdentity>,
    /// Where this page stands.
    #[serde(default)]
    pub pagination: crate::Pagination,
}

impl crate::PageResponse for ListUserIdentitiesPage {
    type Item = crate::resources::UserIdentity;

    fn into_page(self) -> crate::Page<crate::resources::UserIdentity> {
        crate::Page {
            items: self.user_identities,
            pagination: self.pagination,
        }
    }
}

/// `GET /user_identities/list_accessible_devices`: returns a list of [`Device`](crate::resources::Device) (under `devices`).
///
/// See <https://docs.seam.co/api/user_identities/list_accessible_devices>.
#[crate::seam_endpoint(GET, "/user_identities/list_accessible_devices", response = Vec<crate::resources::Device>, key = "devices")]
#[non_exhaustive]
pub struct ListAccessibleDevices {
    /// `user_identity_id`: an id (UUID) (required).
    pub user_identity_id: crate::Uuid,
}

#[allow(deprecated)]
impl ListAccessibleDevices {
    /// A request with its required parameters (`user_identity_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(user_identity_id: crate::Uuid) -> Self {
        ListAccessibleDevices { user_identity_id }
    }
}

/// `GET /user_identities/list_accessible_entrances`: returns a list of [`AcsEntrance`](crate::resources::AcsEntrance) (under `acs_entrances`).
///
/// See <https://docs.seam.co/api/user_identities/list_accessible_entrances>.
#[crate::seam_endpoint(GET, "/user_identities/list_accessible_entrances", response = Vec<crate::resources::AcsEntrance>, key = "acs_entrances")]
#[non_exhaustive]
pub struct ListAccessibleEntrances {
    /// `user_identity_id`: an id (UUID) (required).
    pub user_identity_id: crate::Uuid,
}

#[allow(deprecated)]
impl ListAccessibleEntrances {
    /// A request with its required parameters (`user_identity_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(user_identity_id: crate::Uuid) -> Self {
        ListAccessibleEntrances { user_identity_id }
    }
}

/// `GET /user_identities/list_acs_systems`: returns a list of [`AcsSystem`](crate::resources::AcsSystem) (under `acs_systems`).
///
/// See <https://docs.seam.co/api/user_identities/list_acs_systems>.
#[crate::seam_endpoint(GET, "/user_identities/list_acs_systems", response = Vec<crate::resources::AcsSystem>, key = "acs_systems")]
#[non_exhaustive]
pub struct ListAcsSystems {
    /// `user_identity_id`: an id (UUID) (required).
    pub user_identity_id: crate::Uuid,
}

#[allow(deprecated)]
impl ListAcsSystems {
    /// A request with its required parameters (`user_identity_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(user_identity_id: crate::Uuid) -> Self {
        ListAcsSystems { user_identity_id }
    }
}

/// `GET /user_identities/list_acs_users`: returns a list of [`AcsUser`](crate::resources::AcsUser) (under `acs_users`).
///
/// See <https://docs.seam.co/api/user_identities/list_acs_users>.
#[crate::seam_endpoint(GET, "/user_identities/list_acs_users", response = Vec<crate::resources::AcsUser>, key = "acs_users")]
#[non_exhaustive]
pub struct ListAcsUsers {
    /// `user_identity_id`: an id (UUID) (required).
    pub user_identity_id: crate::Uuid,
}

#[allow(deprecated)]
impl ListAcsUsers {
    /// A request with its required parameters (`user_identity_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(user_identity_id: crate::Uuid) -> Self {
        ListAcsUsers { user_identity_id }
    }
}

/// `POST /user_identities/remove_acs_user`: returns nothing but success.
///
/// See <https://docs.seam.co/api/user_identities/remove_acs_user>.
#[crate::seam_endpoint(POST, "/user_identities/remove_acs_user")]
#[non_exhaustive]
pub struct RemoveAcsUser {
    /// `acs_user_id`: an id (UUID) (required).
    pub acs_user_id: crate::Uuid,
    /// `user_identity_id`: an id (UUID) (required).
    pub user_identity_id: crate::Uuid,
}

#[allow(deprecated)]
impl RemoveAcsUser {
    /// A request with its required parameters (`acs_user_id`, `user_identity_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(acs_user_id: crate::Uuid, user_identity_id: crate::Uuid) -> Self {
        RemoveAcsUser {
            acs_user_id,
            user_identity_id,
        }
    }
}

/// `POST /user_identities/revoke_access_to_device`: returns nothing but success.
///
/// See <https://docs.seam.co/api/user_identities/revoke_access_to_device>.
#[crate::seam_endpoint(POST, "/user_identities/revoke_access_to_device")]
#[non_exhaustive]
pub struct RevokeAccessToDevice {
    /// `device_id`: an id (UUID) (required).
    pub device_id: crate::Uuid,
    /// `user_identity_id`: an id (UUID) (required).
    pub user_identity_id: crate::Uuid,
}

#[allow(deprecated)]
impl RevokeAccessToDevice {
    /// A request with its required parameters (`device_id`, `user_identity_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(device_id: crate::Uuid, user_identity_id: crate::Uuid) -> Self {
        RevokeAccessToDevice {
            device_id,
            user_identity_id,
        }
    }
}

/// `POST /user_identities/update`: returns nothing but success.
///
/// See <https://docs.seam.co/api/user_identities/update>.
#[crate::seam_endpoint(POST, "/user_identities/update")]
#[non_exhaustive]
pub struct UpdateUserIdentity {
    /// `user_identity_id`: an id (UUID) (required).
    pub user_identity_id: crate::Uuid,
    /// `email_address`: a string (optional, may be null).
    pub email_address: Option<crate::Nullable<String>>,
    /// `full_name`: a string (optional, may be null).
    pub full_name: Option<crate::Nullable<String>>,
    /// `phone_number`: a string (optional, may be null).
    pub phone_number: Option<crate::Nullable<String>>,
    /// `user_identity_key`: a string (optional, may be null).
    pub user_identity_key: Option<crate::Nullable<String>>,
}

#[allow(deprecated)]
impl UpdateUserIdentity {
    /// A request with its required parameters (`user_identity_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(user_identity_id: crate::Uuid) -> Self {
        UpdateUserIdentity {
            user_identity_id,
            email_address: None,
            full_name: None,
            phone_number: None,
            user_identity_key: None,
        }
    }
}

crate::setters::setters! {
    UpdateUserIdentity {
        /// Sets `email_address`.
        nullable email_address: String,
        /// Sets `full_name`.
        nullable full_name: String,
        /// Sets `phone_number`.
        nullable phone_number: String,
        /// Sets `user_identity_key`.
        nullable user_identity_key: String,
    }
}

/// The `get_user_identity_user_identity` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub enum GetUserIdentityUserIdentity {
    /// By `user_identity_id`.
    #[serde(rename = "user_identity_id")]
    UserIdentityId(crate::Uuid),
    /// By `user_identity_key`.
    #[serde(rename = "user_identity_key")]
    UserIdentityKey(String),
}

impl From<crate::Uuid> for GetUserIdentityUserIdentity {
    fn from(value: crate::Uuid) -> Self {
        GetUserIdentityUserIdentity::UserIdentityId(value)
    }
}

impl From<String> for GetUserIdentityUserIdentity {
    fn from(value: String) -> Self {
        GetUserIdentityUserIdentity::UserIdentityKey(value)
    }
}

impl From<&str> for GetUserIdentityUserIdentity {
    fn from(value: &str) -> Self {
        GetUserIdentityUserIdentity::UserIdentityKey(value.to_owned())
    }
}

/// The `user_identities/unmanaged` endpoints.
pub mod unmanaged {
    /// `GET /user_identities/unmanaged/get`: returns [`UnmanagedUserIdentity`](crate::resources::UnmanagedUserIdentity) (under `user_identity`).
    ///
    /// See <https://docs.seam.co/api/user_identities/unmanaged/get>.
    #[crate::seam_endpoint(GET, "/user_identities/unmanaged/get", response = crate::resources::UnmanagedUserIdentity, key = "user_identity")]
    #[non_exhaustive]
    pub struct GetUnmanagedUserIdentity {
        /// `user_identity_id`: an id (UUID) (required).
        pub user_identity_id: crate::Uuid,
    }

    #[allow(deprecated)]
    impl GetUnmanagedUserIdentity {
        /// A request with its required parameters (`user_identity_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(user_identity_id: crate::Uuid) -> Self {
            GetUnmanagedUserIdentity { user_identity_id }
        }
    }

    /// `GET /user_identities/unmanaged/list`: returns one page of [`UnmanagedUserIdentity`](crate::resources::UnmanagedUserIdentity) (under `user_identities`); walk every page with [`Client::paginate`](crate::Client::paginate).
    ///
    /// See <https://docs.seam.co/api/user_identities/unmanaged/list>.
    #[crate::seam_endpoint(GET, "/user_identities/unmanaged/list", response = ListUnmanagedUserIdentitiesPage, paginated)]
    #[derive(Default)]
    #[non_exhaustive]
    pub struct ListUnmanagedUserIdentities {
        /// `created_before`: a timestamp (optional).
        pub created_before: Option<crate::Timestamp>,
        /// `limit`: an integer (optional).
        pub limit: Option<i64>,
        /// `page_cursor`: a string (optional, may be null).
        pub page_cursor: Option<String>,
        /// `search`: a string (optional).
        pub search: Option<String>,
    }

    #[allow(deprecated)]
    impl ListUnmanagedUserIdentities {
        /// A request with no parameter set yet; set them with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            ListUnmanagedUserIdentities {
                created_before: None,
                limit: None,
                page_cursor: None,
                search: None,
            }
        }
    }

    crate::setters::setters! {
        ListUnmanagedUserIdentities {
            /// Sets `created_before`.
            plain created_before: crate::Timestamp,
            /// Sets `limit`.
            plain limit: i64,
            /// Sets `page_cursor`.
            value page_cursor: String,
            /// Sets `search`.
            value search: String,
        }
    }

    /// One page of `user_identities`.
    #[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
    #[non_exhaustive]
    pub struct ListUnmanagedUserIdentitiesPage {
        /// The items of this page.
        pub user_identities: Vec<crate::resources::UnmanagedUserIdentity>,
        /// Where this page stands.
        #[serde(default)]
        pub pagination: crate::Pagination,
    }

    impl crate::PageResponse for ListUnmanagedUserIdentitiesPage {
        type Item = crate::resources::UnmanagedUserIdentity;

        fn into_page(self) -> crate::Page<crate::resources::UnmanagedUserIdentity> {
            crate::Page {
                items: self.user_identities,
                pagination: self.pagination,
            }
        }
    }

    /// `POST /user_identities/unmanaged/update`: returns nothing but success.
    ///
    /// See <https://docs.seam.co/api/user_identities/unmanaged/update>.
    #[crate::seam_endpoint(POST, "/user_identities/unmanaged/update")]
    #[non_exhaustive]
    pub struct UpdateUnmanagedUserIdentity {
        /// `is_managed`: a boolean (required).
        pub is_managed: bool,
        /// `user_identity_id`: an id (UUID) (required).
        pub user_identity_id: crate::Uuid,
        /// `user_identity_key`: a string (optional).
        pub user_identity_key: Option<String>,
    }

    #[allow(deprecated)]
    impl UpdateUnmanagedUserIdentity {
        /// A request with its required parameters (`is_managed`, `user_identity_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(is_managed: bool, user_identity_id: crate::Uuid) -> Self {
            UpdateUnmanagedUserIdentity {
                is_managed,
                user_identity_id,
                user_identity_key: None,
            }
        }
    }

    crate::setters::setters! {
        UpdateUnmanagedUserIdentity {
            /// Sets `user_identity_key`.
            value user_identity_key: String,
        }
    }
}
