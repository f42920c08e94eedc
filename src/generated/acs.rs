//! The `acs` endpoints of the Seam API.
//!
//! Generated from Seam's OpenAPI document by `seamapi-codegen`: do not edit.

pub use crate::resources::{
    AccessMode, AcsAccessGroup, AcsCredential, AcsCredentialVisionlineMetadataCardFunctionType,
    AcsEncoder, AcsEntrance, AcsSystem, AcsUser,
};

/// The `acs/access_groups` endpoints.
pub mod access_groups {
    /// `POST /acs/access_groups/add_user`: returns nothing but success.
    ///
    /// See <https://docs.seam.co/api/acs/access_groups/add_user>.
    #[crate::seam_endpoint(POST, "/acs/access_groups/add_user")]
    #[non_exhaustive]
    pub struct AddUser {
        /// `acs_access_group_id`: an id (UUID) (required).
        pub acs_access_group_id: crate::Uuid,
        /// `acs_user_id`: an id (UUID) (optional).
        pub acs_user_id: Option<crate::Uuid>,
        /// `user_identity_id`: an id (UUID) (optional).
        pub user_identity_id: Option<crate::Uuid>,
    }

    #[allow(deprecated)]
    impl AddUser {
        /// A request with its required parameters (`acs_access_group_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(acs_access_group_id: crate::Uuid) -> Self {
            AddUser {
                acs_access_group_id,
                acs_user_id: None,
                user_identity_id: None,
            }
        }
    }

    crate::setters::setters! {
        AddUser {
            /// Sets `acs_user_id`.
            plain acs_user_id: crate::Uuid,
            /// Sets `user_identity_id`.
            plain user_identity_id: crate::Uuid,
        }
    }

    /// `POST /acs/access_groups/delete`: returns nothing but success.
    ///
    /// See <https://docs.seam.co/api/acs/access_groups/delete>.
    #[crate::seam_endpoint(POST, "/acs/access_groups/delete")]
    #[non_exhaustive]
    pub struct DeleteAcsAccessGroup {
        /// `acs_access_group_id`: an id (UUID) (required).
        pub acs_access_group_id: crate::Uuid,
    }

    #[allow(deprecated)]
    impl DeleteAcsAccessGroup {
        /// A request with its required parameters (`acs_access_group_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(acs_access_group_id: crate::Uuid) -> Self {
            DeleteAcsAccessGroup {
                acs_access_group_id,
            }
        }
    }

    /// `GET /acs/access_groups/get`: returns [`AcsAccessGroup`](crate::resources::AcsAccessGroup) (under `acs_access_group`).
    ///
    /// See <https://docs.seam.co/api/acs/access_groups/get>.
    #[crate::seam_endpoint(GET, "/acs/access_groups/get", response = crate::resources::AcsAccessGroup, key = "acs_access_group")]
    #[non_exhaustive]
    pub struct GetAcsAccessGroup {
        /// `acs_access_group_id`: an id (UUID) (required).
        pub acs_access_group_id: crate::Uuid,
    }

    #[allow(deprecated)]
    impl GetAcsAccessGroup {
        /// A request with its required parameters (`acs_access_group_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(acs_access_group_id: crate::Uuid) -> Self {
            GetAcsAccessGroup {
                acs_access_group_id,
            }
        }
    }

    /// `GET /acs/access_groups/list`: returns a list of [`AcsAccessGroup`](crate::resources::AcsAccessGroup) (under `acs_access_groups`).
    ///
    /// See <https://docs.seam.co/api/acs/access_groups/list>.
    #[crate::seam_endpoint(GET, "/acs/access_groups/list", response = Vec<crate::resources::AcsAccessGroup>, key = "acs_access_groups")]
    #[derive(Default)]
    #[non_exhaustive]
    pub struct ListAcsAccessGroups {
        /// `acs_system_id`: an id (UUID) (optional).
        pub acs_system_id: Option<crate::Uuid>,
        /// `acs_user_id`: an id (UUID) (optional).
        pub acs_user_id: Option<crate::Uuid>,
        /// `search`: a string (optional).
        pub search: Option<String>,
        /// `user_identity_id`: an id (UUID) (optional).
        pub user_identity_id: Option<crate::Uuid>,
    }

    #[allow(deprecated)]
    impl ListAcsAccessGroups {
        /// A request with no parameter set yet; set them with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            ListAcsAccessGroups {
                acs_system_id: None,
                acs_user_id: None,
                search: None,
                user_identity_id: None,
            }
        }
    }

    crate::setters::setters! {
        ListAcsAccessGroups {
            /// Sets `acs_system_id`.
            plain acs_system_id: crate::Uuid,
            /// Sets `acs_user_id`.
            plain acs_user_id: crate::Uuid,
            /// Sets `search`.
            value search: String,
            /// Sets `user_identity_id`.
            plain user_identity_id: crate::Uuid,
        }
    }

    /// `GET /acs/access_groups/list_accessible_entrances`: returns a list of [`AcsEntrance`](crate::resources::AcsEntrance) (under `acs_entrances`).
    ///
    /// See <https://docs.seam.co/api/acs/access_groups/list_accessible_entrances>.
    #[crate::seam_endpoint(GET, "/acs/access_groups/list_accessible_entrances", response = Vec<crate::resources::AcsEntrance>, key = "acs_entrances")]
    #[non_exhaustive]
    pub struct ListAccessibleEntrances {
        /// `acs_access_group_id`: an id (UUID) (required).
        pub acs_access_group_id: crate::Uuid,
    }

    #[allow(deprecated)]
    impl ListAccessibleEntrances {
        /// A request with its required parameters (`acs_access_group_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(acs_access_group_id: crate::Uuid) -> Self {
            ListAccessibleEntrances {
                acs_access_group_id,
            }
        }
    }

    /// `GET /acs/access_groups/list_users`: returns a list of [`AcsUser`](crate::resources::AcsUser) (under `acs_users`).
    ///
    /// See <https://docs.seam.co/api/acs/access_groups/list_users>.
    #[crate::seam_endpoint(GET, "/acs/access_groups/list_users", response = Vec<crate::resources::AcsUser>, key = "acs_users")]
    #[non_exhaustive]
    pub struct ListUsers {
        /// `acs_access_group_id`: an id (UUID) (required).
        pub acs_access_group_id: crate::Uuid,
    }

    #[allow(deprecated)]
    impl ListUsers {
        /// A request with its required parameters (`acs_access_group_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(acs_access_group_id: crate::Uuid) -> Self {
            ListUsers {
                acs_access_group_id,
            }
        }
    }

    /// `POST /acs/access_groups/remove_user`: returns nothing but success.
    ///
    /// See <https://docs.seam.co/api/acs/access_groups/remove_user>.
    #[crate::seam_endpoint(POST, "/acs/access_groups/remove_user")]
    #[non_exhaustive]
    pub struct RemoveUser {
        /// `acs_access_group_id`: an id (UUID) (required).
        pub acs_access_group_id: crate::Uuid,
        /// `acs_user_id`: an id (UUID) (optional).
        pub acs_user_id: Option<crate::Uuid>,
        /// `user_identity_id`: an id (UUID) (optional).
        pub user_identity_id: Option<crate::Uuid>,
    }

    #[allow(deprecated)]
    impl RemoveUser {
        /// A request with its required parameters (`acs_access_group_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(acs_access_group_id: crate::Uuid) -> Self {
            RemoveUser {
                acs_access_group_id,
                acs_user_id: None,
                user_identity_id: None,
            }
        }
    }

    crate::setters::setters! {
        RemoveUser {
            /// Sets `acs_user_id`.
            plain acs_user_id: crate::Uuid,
            /// Sets `user_identity_id`.
            plain user_identity_id: crate::Uuid,
        }
    }
}

/// The `acs/credentials` endpoints.
pub mod credentials {
    /// `POST /acs/credentials/assign`: returns nothing but success.
    ///
    /// See <https://docs.seam.co/api/acs/credentials/assign>.
    #[crate::seam_endpoint(POST, "/acs/credentials/assign")]
    #[non_exhaustive]
    pub struct Assign {
        /// `acs_credential_id`: an id (UUID) (required).
        pub acs_credential_id: crate::Uuid,
        /// `acs_user_id`: an id (UUID) (optional).
        pub acs_user_id: Option<crate::Uuid>,
        /// `user_identity_id`: an id (UUID) (optional).
        pub user_identity_id: Option<crate::Uuid>,
    }

    #[allow(deprecated)]
    impl Assign {
        /// A request with its required parameters (`acs_credential_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(acs_credential_id: crate::Uuid) -> Self {
            Assign {
                acs_credential_id,
                acs_user_id: None,
                user_identity_id: None,
            }
        }
    }

    crate::setters::setters! {
        Assign {
            /// Sets `acs_user_id`.
            plain acs_user_id: crate::Uuid,
            /// Sets `user_identity_id`.
            plain user_identity_id: crate::Uuid,
        }
    }

    /// `POST /acs/credentials/create`: returns [`AcsCredential`](crate::resources::AcsCredential) (under `acs_credential`).
    ///
    /// See <https://docs.seam.co/api/acs/credentials/create>.
    #[crate::seam_endpoint(POST, "/acs/credentials/create", response = crate::resources::AcsCredential, key = "acs_credential")]
    #[non_exhaustive]
    pub struct CreateAcsCredential {
        /// `access_method`: a [`AccessMode`](crate::resources::AccessMode) (required).
        pub access_method: crate::resources::AccessMode,
        /// `acs_system_id`: an id (UUID) (optional).
        pub acs_system_id: Option<crate::Uuid>,
        /// `acs_user_id`: an id (UUID) (optional).
        pub acs_user_id: Option<crate::Uuid>,
        /// `allowed_acs_entrance_ids`: a list of id (UUID) (optional).
        pub allowed_acs_entrance_ids: Option<Vec<crate::Uuid>>,
        /// `assa_abloy_vostio_metadata`: a [`CreateAcsCredentialAssaAbloyVostioMetadata`] (optional).
        pub assa_abloy_vostio_metadata: Option<CreateAcsCredentialAssaAbloyVostioMetadata>,
        /// `code`: a string (optional).
        pub code: Option<String>,
        /// `credential_manager_acs_system_id`: an id (UUID) (optional).
        pub credential_manager_acs_system_id: Option<crate::Uuid>,
        /// `ends_at`: a timestamp (optional).
        pub ends_at: Option<crate::Timestamp>,
        /// `hotek_metadata`: a [`CreateAcsCredentialHotekMetadata`] (optional).
        pub hotek_metadata: Option<CreateAcsCredentialHotekMetadata>,
        /// `is_multi_phone_sync_credential`: a boolean (optional).
        pub is_multi_phone_sync_credential: Option<bool>,
        /// `salto_space_metadata`: a [`CreateAcsCredentialSaltoSpaceMetadata`] (optional).
        pub salto_space_metadata: Option<CreateAcsCredentialSaltoSpaceMetadata>,
        /// `starts_at`: a timestamp (optional).
        pub starts_at: Option<crate::Timestamp>,
        /// `user_identity_id`: an id (UUID) (optional).
        pub user_identity_id: Option<crate::Uuid>,
        /// `visionline_metadata`: a [`CreateAcsCredentialVisionlineMetadata`] (optional).
        pub visionline_metadata: Option<CreateAcsCredentialVisionlineMetadata>,
    }

    #[allow(deprecated)]
    impl CreateAcsCredential {
        /// A request with its required parameters (`access_method`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(access_method: impl Into<crate::resources::AccessMode>) -> Self {
            CreateAcsCredential {
                access_method: access_method.into(),
                acs_system_id: None,
                acs_user_id: None,
                allowed_acs_entrance_ids: None,
                assa_abloy_vostio_metadata: None,
                code: None,
                credential_manager_acs_system_id: None,
                ends_at: None,
                hotek_metadata: None,
                is_multi_phone_sync_credential: None,
                salto_space_metadata: None,
                starts_at: None,
                user_identity_id: None,
                visionline_metadata: None,
            }
        }
    }

    crate::setters::setters! {
        CreateAcsCredential {
            /// Sets `acs_system_id`.
            plain acs_system_id: crate::Uuid,
            /// Sets `acs_user_id`.
            plain acs_user_id: crate::Uuid,
            /// Sets `allowed_acs_entrance_ids`.
            list allowed_acs_entrance_ids: crate::Uuid,
            /// Sets `assa_abloy_vostio_metadata`.
            value assa_abloy_vostio_metadata: CreateAcsCredentialAssaAbloyVostioMetadata,
            /// Sets `code`.
            value code: String,
            /// Sets `credential_manager_acs_system_id`.
            plain credential_manager_acs_system_id: crate::Uuid,
            /// Sets `ends_at`.
            plain ends_at: crate::Timestamp,
            /// Sets `hotek_metadata`.
            value hotek_metadata: CreateAcsCredentialHotekMetadata,
            /// Sets `is_multi_phone_sync_credential`.
            plain is_multi_phone_sync_credential: bool,
            /// Sets `salto_space_metadata`.
            value salto_space_metadata: CreateAcsCredentialSaltoSpaceMetadata,
            /// Sets `starts_at`.
            plain starts_at: crate::Timestamp,
            /// Sets `user_identity_id`.
            plain user_identity_id: crate::Uuid,
            /// Sets `visionline_metadata`.
            value visionline_metadata: CreateAcsCredentialVisionlineMetadata,
        }
    }

    /// `POST /acs/credentials/delete`: returns nothing but success.
    ///
    /// See <https://docs.seam.co/api/acs/credentials/delete>.
    #[crate::seam_endpoint(POST, "/acs/credentials/delete")]
    #[non_exhaustive]
    pub struct DeleteAcsCredential {
        /// `acs_credential_id`: an id (UUID) (required).
        pub acs_credential_id: crate::Uuid,
    }

    #[allow(deprecated)]
    impl DeleteAcsCredential {
        /// A request with its required parameters (`acs_credential_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(acs_credential_id: crate::Uuid) -> Self {
            DeleteAcsCredential { acs_credential_id }
        }
    }

    /// `GET /acs/credentials/get`: returns [`AcsCredential`](crate::resources::AcsCredential) (under `acs_credential`).
    ///
    /// See <https://docs.seam.co/api/acs/credentials/get>.
    #[crate::seam_endpoint(GET, "/acs/credentials/get", response = crate::resources::AcsCredential, key = "acs_credential")]
    #[non_exhaustive]
    pub struct GetAcsCredential {
        /// `acs_credential_id`: an id (UUID) (required).
        pub acs_credential_id: crate::Uuid,
    }

    #[allow(deprecated)]
    impl GetAcsCredential {
        /// A request with its required parameters (`acs_credential_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(acs_credential_id: crate::Uuid) -> Self {
            GetAcsCredential { acs_credential_id }
        }
    }

    /// `POST /acs/credentials/list`: returns one page of [`AcsCredential`](crate::resources::AcsCredential) (under `acs_credentials`); walk every page with [`Client::paginate`](crate::Client::paginate).
    ///
    /// See <https://docs.seam.co/api/acs/credentials/list>.
    #[crate::seam_endpoint(POST, "/acs/credentials/list", response = ListAcsCredentialsPage, paginated)]
    #[derive(Default)]
    #[non_exhaustive]
    pub struct ListAcsCredentials {
        /// `acs_user_id`: an id (UUID) (optional).
        pub acs_user_id: Option<crate::Uuid>,
        /// `acs_system_id`: an id (UUID) (optional).
        pub acs_system_id: Option<crate::Uuid>,
        /// `user_identity_id`: an id (UUID) (optional).
        pub user_identity_id: Option<crate::Uuid>,
        /// `created_before`: a timestamp (optional).
        pub created_before: Option<crate::Timestamp>,
        /// `is_multi_phone_sync_credential`: a boolean (optional).
        pub is_multi_phone_sync_credential: Option<bool>,
        /// `limit`: an integer (optional).
        pub limit: Option<u32>,
        /// `page_cursor`: a string (optional, may be null).
        pub page_cursor: Option<String>,
        /// `search`: a string (optional).
        pub search: Option<String>,
    }

    #[allow(deprecated)]
    impl ListAcsCredentials {
        /// A request with no parameter set yet; set them with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            ListAcsCredentials {
                acs_user_id: None,
                acs_system_id: None,
                user_identity_id: None,
                created_before: None,
                is_multi_phone_sync_credential: None,
                limit: None,
                page_cursor: None,
                search: None,
            }
        }
    }

    crate::setters::setters! {
        ListAcsCredentials {
            /// Sets `acs_user_id`.
            plain acs_user_id: crate::Uuid,
            /// Sets `acs_system_id`.
            plain acs_system_id: crate::Uuid,
            /// Sets `user_identity_id`.
            plain user_identity_id: crate::Uuid,
            /// Sets `created_before`.
            plain created_before: crate::Timestamp,
            /// Sets `is_multi_phone_sync_credential`.
            plain is_multi_phone_sync_credential: bool,
            /// Sets `limit`.
            plain limit: u32,
            /// Sets `page_cursor`.
            value page_cursor: String,
            /// Sets `search`.
            value search: String,
        }
    }

    /// One page of `acs_credentials`.
    #[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
    #[non_exhaustive]
    pub struct ListAcsCredentialsPage {
        /// The items of this page.
        pub acs_credentials: Vec<crate::resources::AcsCredential>,
        /// Where this page stands.
        #[serde(default)]
        pub pagination: crate::Pagination,
    }

    impl crate::PageResponse for ListAcsCredentialsPage {
        type Item = crate::resources::AcsCredential;

        fn into_page(self) -> crate::Page<crate::resources::AcsCredential> {
            crate::Page {
                items: self.acs_credentials,
                pagination: self.pagination,
            }
        }
    }

    /// `GET /acs/credentials/list_accessible_entrances`: returns a list of [`AcsEntrance`](crate::resources::AcsEntrance) (under `acs_entrances`).
    ///
    /// See <https://docs.seam.co/api/acs/credentials/list_accessible_entrances>.
    #[crate::seam_endpoint(GET, "/acs/credentials/list_accessible_entrances", response = Vec<crate::resources::AcsEntrance>, key = "acs_entrances")]
    #[non_exhaustive]
    pub struct ListAccessibleEntrances {
        /// `acs_credential_id`: an id (UUID) (required).
        pub acs_credential_id: crate::Uuid,
    }

    #[allow(deprecated)]
    impl ListAccessibleEntrances {
        /// A request with its required parameters (`acs_credential_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(acs_credential_id: crate::Uuid) -> Self {
            ListAccessibleEntrances { acs_credential_id }
        }
    }

    /// `POST /acs/credentials/unassign`: returns nothing but success.
    ///
    /// See <https://docs.seam.co/api/acs/credentials/unassign>.
    #[crate::seam_endpoint(POST, "/acs/credentials/unassign")]
    #[non_exhaustive]
    pub struct Unassign {
        /// `acs_credential_id`: an id (UUID) (required).
        pub acs_credential_id: crate::Uuid,
        /// `acs_user_id`: an id (UUID) (optional).
        pub acs_user_id: Option<crate::Uuid>,
        /// `user_identity_id`: an id (UUID) (optional).
        pub user_identity_id: Option<crate::Uuid>,
    }

    #[allow(deprecated)]
    impl Unassign {
        /// A request with its required parameters (`acs_credential_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(acs_credential_id: crate::Uuid) -> Self {
            Unassign {
                acs_credential_id,
                acs_user_id: None,
                user_identity_id: None,
            }
        }
    }

    crate::setters::setters! {
        Unassign {
            /// Sets `acs_user_id`.
            plain acs_user_id: crate::Uuid,
            /// Sets `user_identity_id`.
            plain user_identity_id: crate::Uuid,
        }
    }

    /// `POST /acs/credentials/update`: returns nothing but success.
    ///
    /// See <https://docs.seam.co/api/acs/credentials/update>.
    #[crate::seam_endpoint(POST, "/acs/credentials/update")]
    #[non_exhaustive]
    pub struct UpdateAcsCredential {
        /// `acs_credential_id`: a string (required).
        pub acs_credential_id: String,
        /// `code`: a string (optional).
        pub code: Option<String>,
        /// `ends_at`: a timestamp (optional).
        pub ends_at: Option<crate::Timestamp>,
    }

    #[allow(deprecated)]
    impl UpdateAcsCredential {
        /// A request with its required parameters (`acs_credential_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(acs_credential_id: impl Into<String>) -> Self {
            UpdateAcsCredential {
                acs_credential_id: acs_credential_id.into(),
                code: None,
                ends_at: None,
            }
        }
    }

    crate::setters::setters! {
        UpdateAcsCredential {
            /// Sets `code`.
            value code: String,
            /// Sets `ends_at`.
            plain ends_at: crate::Timestamp,
        }
    }

    /// The `create_acs_credential_assa_abloy_vostio_metadata` object.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
    #[non_exhaustive]
    pub struct CreateAcsCredentialAssaAbloyVostioMetadata {
        /// `auto_join`: a boolean (optional).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub auto_join: Option<bool>,
        /// `join_all_guest_acs_entrances`: a boolean (optional).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub join_all_guest_acs_entrances: Option<bool>,
        /// `override_all_guest_acs_entrances`: a boolean (optional).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub override_all_guest_acs_entrances: Option<bool>,
        /// `override_guest_acs_entrance_ids`: a list of id (UUID) (optional).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub override_guest_acs_entrance_ids: Option<Vec<crate::Uuid>>,
    }

    #[allow(deprecated)]
    impl CreateAcsCredentialAssaAbloyVostioMetadata {
        /// A request with no parameter set yet; set them with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            CreateAcsCredentialAssaAbloyVostioMetadata {
                auto_join: None,
                join_all_guest_acs_entrances: None,
                override_all_guest_acs_entrances: None,
                override_guest_acs_entrance_ids: None,
            }
        }
    }

    crate::setters::setters! {
        CreateAcsCredentialAssaAbloyVostioMetadata {
            /// Sets `auto_join`.
            plain auto_join: bool,
            /// Sets `join_all_guest_acs_entrances`.
            plain join_all_guest_acs_entrances: bool,
            /// Sets `override_all_guest_acs_entrances`.
            plain override_all_guest_acs_entrances: bool,
            /// Sets `override_guest_acs_entrance_ids`.
            list override_guest_acs_entrance_ids: crate::Uuid,
        }
    }

    /// The `create_acs_credential_hotek_metadata` object.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
    #[non_exhaustive]
    pub struct CreateAcsCredentialHotekMetadata {
        /// `auto_join`: a boolean (optional).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub auto_join: Option<bool>,
        /// `override`: a boolean (optional).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub r#override: Option<bool>,
    }

    #[allow(deprecated)]
    impl CreateAcsCredentialHotekMetadata {
        /// A request with no parameter set yet; set them with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            CreateAcsCredentialHotekMetadata {
                auto_join: None,
                r#override: None,
            }
        }
    }

    crate::setters::setters! {
        CreateAcsCredentialHotekMetadata {
            /// Sets `auto_join`.
            plain auto_join: bool,
            /// Sets `override`.
            plain r#override: bool,
        }
    }

    /// The `create_acs_credential_salto_space_metadata` object.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
    #[non_exhaustive]
    pub struct CreateAcsCredentialSaltoSpaceMetadata {
        /// `assign_new_key`: a boolean (optional).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub assign_new_key: Option<bool>,
        /// `update_current_key`: a boolean (optional).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub update_current_key: Option<bool>,
    }

    #[allow(deprecated)]
    impl CreateAcsCredentialSaltoSpaceMetadata {
        /// A request with no parameter set yet; set them with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            CreateAcsCredentialSaltoSpaceMetadata {
                assign_new_key: None,
                update_current_key: None,
            }
        }
    }

    crate::setters::setters! {
        CreateAcsCredentialSaltoSpaceMetadata {
            /// Sets `assign_new_key`.
            plain assign_new_key: bool,
            /// Sets `update_current_key`.
            plain update_current_key: bool,
        }
    }

    /// The `create_acs_credential_visionline_metadata` object.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
    #[non_exhaustive]
    pub struct CreateAcsCredentialVisionlineMetadata {
        /// `assa_abloy_credential_service_mobile_endpoint_id`: an id (UUID) (optional).
        #[deprecated(note = "Seam: Read-only endpoint references moved to `endpoint`.")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub assa_abloy_credential_service_mobile_endpoint_id: Option<crate::Uuid>,
        /// `auto_join`: a boolean (optional).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub auto_join: Option<bool>,
        /// `card_format`: a [`CreateAcsCredentialVisionlineMetadataCardFormat`] (optional).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub card_format: Option<CreateAcsCredentialVisionlineMetadataCardFormat>,
        /// `card_function_type`: a [`AcsCredentialVisionlineMetadataCardFunctionType`](crate::resources::AcsCredentialVisionlineMetadataCardFunctionType) (optional).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub card_function_type:
            Option<crate::resources::AcsCredentialVisionlineMetadataCardFunctionType>,
        /// `is_override_key`: a boolean (optional).
        #[deprecated(note = "Seam: Use `override` instead.")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub is_override_key: Option<bool>,
        /// `joiner_acs_credential_ids`: a list of id (UUID) (optional).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub joiner_acs_credential_ids: Option<Vec<crate::Uuid>>,
        /// `override`: a boolean (optional).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub r#override: Option<bool>,
    }

    #[allow(deprecated)]
    impl CreateAcsCredentialVisionlineMetadata {
        /// A request with no parameter set yet; set them with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            CreateAcsCredentialVisionlineMetadata {
                assa_abloy_credential_service_mobile_endpoint_id: None,
                auto_join: None,
                card_format: None,
                card_function_type: None,
                is_override_key: None,
                joiner_acs_credential_ids: None,
                r#override: None,
            }
        }
    }

    crate::setters::setters! {
        CreateAcsCredentialVisionlineMetadata {
            /// Sets `assa_abloy_credential_service_mobile_endpoint_id`.
            #[deprecated(note = "Seam: Read-only endpoint references moved to `endpoint`.")]
            plain assa_abloy_credential_service_mobile_endpoint_id: crate::Uuid,
            /// Sets `auto_join`.
            plain auto_join: bool,
            /// Sets `card_format`.
            value card_format: CreateAcsCredentialVisionlineMetadataCardFormat,
            /// Sets `card_function_type`.
            value card_function_type: crate::resources::AcsCredentialVisionlineMetadataCardFunctionType,
            /// Sets `is_override_key`.
            #[deprecated(note = "Seam: Use `override` instead.")]
            plain is_override_key: bool,
            /// Sets `joiner_acs_credential_ids`.
            list joiner_acs_credential_ids: crate::Uuid,
            /// Sets `override`.
            plain r#override: bool,
        }
    }

    seamapi_runtime::string_enum! {
        /// The values of `create_acs_credential_visionline_metadata_card_format`.
        pub enum CreateAcsCredentialVisionlineMetadataCardFormat {
            /// `TLCode`.
            Tlcode => "TLCode",
            /// `rfid48`.
            Rfid48 => "rfid48",
        }
    }
}

/// The `acs/encoders` endpoints.
pub mod encoders {
    /// `POST /acs/encoders/encode_credential`: starts an action and returns its [`ActionAttempt`](crate::ActionAttempt), by default once it has resolved.
    ///
    /// See <https://docs.seam.co/api/acs/encoders/encode_credential>.
    #[crate::seam_endpoint(POST, "/acs/encoders/encode_credential", action_attempt)]
    #[non_exhaustive]
    pub struct EncodeCredential {
        /// `acs_encoder_id`: an id (UUID) (required).
        pub acs_encoder_id: crate::Uuid,
        /// `access_method_id`: an id (UUID) (optional).
        pub access_method_id: Option<crate::Uuid>,
        /// `acs_credential_id`: an id (UUID) (optional).
        pub acs_credential_id: Option<crate::Uuid>,
    }

    #[allow(deprecated)]
    impl EncodeCredential {
        /// A request with its required parameters (`acs_encoder_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(acs_encoder_id: crate::Uuid) -> Self {
            EncodeCredential {
                acs_encoder_id,
                access_method_id: None,
                acs_credential_id: None,
            }
        }
    }

    crate::setters::setters! {
        EncodeCredential {
            /// Sets `access_method_id`.
            plain access_method_id: crate::Uuid,
            /// Sets `acs_credential_id`.
            plain acs_credential_id: crate::Uuid,
        }
    }

    /// `GET /acs/encoders/get`: returns [`AcsEncoder`](crate::resources::AcsEncoder) (under `acs_encoder`).
    ///
    /// See <https://docs.seam.co/api/acs/encoders/get>.
    #[crate::seam_endpoint(GET, "/acs/encoders/get", response = crate::resources::AcsEncoder, key = "acs_encoder")]
    #[non_exhaustive]
    pub struct GetAcsEncoder {
        /// `acs_encoder_id`: an id (UUID) (required).
        pub acs_encoder_id: crate::Uuid,
    }

    #[allow(deprecated)]
    impl GetAcsEncoder {
        /// A request with its required parameters (`acs_encoder_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(acs_encoder_id: crate::Uuid) -> Self {
            GetAcsEncoder { acs_encoder_id }
        }
    }

    /// `POST /acs/encoders/list`: returns one page of [`AcsEncoder`](crate::resources::AcsEncoder) (under `acs_encoders`); walk every page with [`Client::paginate`](crate::Client::paginate).
    ///
    /// See <https://docs.seam.co/api/acs/encoders/list>.
    #[crate::seam_endpoint(POST, "/acs/encoders/list", response = ListAcsEncodersPage, paginated)]
    #[non_exhaustive]
    pub struct ListAcsEncoders {
        /// Which one of `acs_system_id`, `acs_system_ids`, `acs_encoder_ids` to send.
        #[serde(flatten)]
        pub acs: ListAcsEncodersAcs,
        /// `limit`: an integer (optional).
        pub limit: Option<u32>,
        /// `page_cursor`: a string (optional, may be null).
        pub page_cursor: Option<String>,
    }

    #[allow(deprecated)]
    impl ListAcsEncoders {
        /// A request with its required parameters (`acs`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(acs: impl Into<ListAcsEncodersAcs>) -> Self {
            ListAcsEncoders {
                acs: acs.into(),
                limit: None,
                page_cursor: None,
            }
        }
    }

    crate::setters::setters! {
        ListAcsEncoders {
            /// Sets `limit`.
            plain limit: u32,
            /// Sets `page_cursor`.
            value page_cursor: String,
        }
    }

    /// One page of `acs_encoders`.
    #[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
    #[non_exhaustive]
    pub struct ListAcsEncodersPage {
        /// The items of this page.
        pub acs_encoders: Vec<crate::resources::AcsEncoder>,
        /// Where this page stands.
        #[serde(default)]
        pub pagination: crate::Pagination,
    }

    impl crate::PageResponse for ListAcsEncodersPage {
        type Item = crate::resources::AcsEncoder;

        fn into_page(self) -> crate::Page<crate::resources::AcsEncoder> {
            crate::Page {
                items: self.acs_encoders,
                pagination: self.pagination,
            }
        }
    }

    /// `POST /acs/encoders/scan_credential`: starts an action and returns its [`ActionAttempt`](crate::ActionAttempt), by default once it has resolved.
    ///
    /// See <https://docs.seam.co/api/acs/encoders/scan_credential>.
    #[crate::seam_endpoint(POST, "/acs/encoders/scan_credential", action_attempt)]
    #[non_exhaustive]
    pub struct ScanCredential {
        /// `acs_encoder_id`: an id (UUID) (required).
        pub acs_encoder_id: crate::Uuid,
        /// `salto_ks_metadata`: a [`ScanCredentialSaltoKsMetadata`] (optional).
        pub salto_ks_metadata: Option<ScanCredentialSaltoKsMetadata>,
    }

    #[allow(deprecated)]
    impl ScanCredential {
        /// A request with its required parameters (`acs_encoder_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(acs_encoder_id: crate::Uuid) -> Self {
            ScanCredential {
                acs_encoder_id,
                salto_ks_metadata: None,
            }
        }
    }

    crate::setters::setters! {
        ScanCredential {
            /// Sets `salto_ks_metadata`.
            value salto_ks_metadata: ScanCredentialSaltoKsMetadata,
        }
    }

    /// `POST /acs/encoders/scan_to_assign_credential`: starts an action and returns its [`ActionAttempt`](crate::ActionAttempt), by default once it has resolved.
    ///
    /// See <https://docs.seam.co/api/acs/encoders/scan_to_assign_credential>.
    #[crate::seam_endpoint(POST, "/acs/encoders/scan_to_assign_credential", action_attempt)]
    #[non_exhaustive]
    pub struct ScanToAssignCredential {
        /// `acs_encoder_id`: an id (UUID) (required).
        pub acs_encoder_id: crate::Uuid,
        /// `acs_user_id`: an id (UUID) (optional).
        pub acs_user_id: Option<crate::Uuid>,
        /// `salto_ks_metadata`: a [`ScanToAssignCredentialSaltoKsMetadata`] (optional).
        pub salto_ks_metadata: Option<ScanToAssignCredentialSaltoKsMetadata>,
        /// `user_identity_id`: an id (UUID) (optional).
        pub user_identity_id: Option<crate::Uuid>,
    }

    #[allow(deprecated)]
    impl ScanToAssignCredential {
        /// A request with its required parameters (`acs_encoder_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(acs_encoder_id: crate::Uuid) -> Self {
            ScanToAssignCredential {
                acs_encoder_id,
                acs_user_id: None,
                salto_ks_metadata: None,
                user_identity_id: None,
            }
        }
    }

    crate::setters::setters! {
        ScanToAssignCredential {
            /// Sets `acs_user_id`.
            plain acs_user_id: crate::Uuid,
            /// Sets `salto_ks_metadata`.
            value salto_ks_metadata: ScanToAssignCredentialSaltoKsMetadata,
            /// Sets `user_identity_id`.
            plain user_identity_id: crate::Uuid,
        }
    }

    /// The `list_acs_encoders_acs` object.
    #[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
    pub enum ListAcsEncodersAcs {
        /// By `acs_system_id`.
        #[serde(rename = "acs_system_id")]
        AcsSystemId(crate::Uuid),
        /// By `acs_system_ids`.
        #[serde(rename = "acs_system_ids")]
        AcsSystemIds(Vec<crate::Uuid>),
        /// By `acs_encoder_ids`.
        #[serde(rename = "acs_encoder_ids")]
        AcsEncoderIds(Vec<crate::Uuid>),
    }

    /// The `scan_credential_salto_ks_metadata` object.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
    #[non_exhaustive]
    pub struct ScanCredentialSaltoKsMetadata {
        /// `detect_new_tags`: a boolean (optional).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub detect_new_tags: Option<bool>,
    }

    #[allow(deprecated)]
    impl ScanCredentialSaltoKsMetadata {
        /// A request with no parameter set yet; set them with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            ScanCredentialSaltoKsMetadata {
                detect_new_tags: None,
            }
        }
    }

    crate::setters::setters! {
        ScanCredentialSaltoKsMetadata {
            /// Sets `detect_new_tags`.
            plain detect_new_tags: bool,
        }
    }

    /// The `scan_to_assign_credential_salto_ks_metadata` object.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
    #[non_exhaustive]
    pub struct ScanToAssignCredentialSaltoKsMetadata {
        /// `detect_new_tags`: a boolean (optional).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub detect_new_tags: Option<bool>,
    }

    #[allow(deprecated)]
    impl ScanToAssignCredentialSaltoKsMetadata {
        /// A request with no parameter set yet; set them with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            ScanToAssignCredentialSaltoKsMetadata {
                detect_new_tags: None,
            }
        }
    }

    crate::setters::setters! {
        ScanToAssignCredentialSaltoKsMetadata {
            /// Sets `detect_new_tags`.
            plain detect_new_tags: bool,
        }
    }

    /// The `acs/encoders/simulate` endpoints.
    pub mod simulate {
        /// `POST /acs/encoders/simulate/next_credential_encode_will_fail`: returns nothing but success.
        ///
        /// See <https://docs.seam.co/api/acs/encoders/simulate/next_credential_encode_will_fail>.
        #[crate::seam_endpoint(POST, "/acs/encoders/simulate/next_credential_encode_will_fail")]
        #[non_exhaustive]
        pub struct NextCredentialEncodeWillFail {
            /// `acs_encoder_id`: an id (UUID) (required).
            pub acs_encoder_id: crate::Uuid,
            /// `error_code`: a [`NextCredentialEncodeWillFailModeErrorCode`] (optional).
            pub error_code: Option<NextCredentialEncodeWillFailModeErrorCode>,
            /// `acs_credential_id`: an id (UUID) (optional).
            pub acs_credential_id: Option<crate::Uuid>,
        }

        #[allow(deprecated)]
        impl NextCredentialEncodeWillFail {
            /// A request with its required parameters (`acs_encoder_id`); set the others with the setters.
            #[allow(clippy::too_many_arguments)]
            pub fn new(acs_encoder_id: crate::Uuid) -> Self {
                NextCredentialEncodeWillFail {
                    acs_encoder_id,
                    error_code: None,
                    acs_credential_id: None,
                }
            }
        }

        crate::setters::setters! {
            NextCredentialEncodeWillFail {
                /// Sets `error_code`.
                value error_code: NextCredentialEncodeWillFailModeErrorCode,
                /// Sets `acs_credential_id`.
                plain acs_credential_id: crate::Uuid,
            }
        }

        /// `POST /acs/encoders/simulate/next_credential_encode_will_succeed`: returns nothing but success.
        ///
        /// See <https://docs.seam.co/api/acs/encoders/simulate/next_credential_encode_will_succeed>.
        #[crate::seam_endpoint(POST, "/acs/encoders/simulate/next_credential_encode_will_succeed")]
        #[non_exhaustive]
        pub struct NextCredentialEncodeWillSucceed {
            /// `acs_encoder_id`: an id (UUID) (required).
            pub acs_encoder_id: crate::Uuid,
            /// `scenario`: a [`NextCredentialEncodeWillSucceedScenario`] (optional).
            pub scenario: Option<NextCredentialEncodeWillSucceedScenario>,
        }

        #[allow(deprecated)]
        impl NextCredentialEncodeWillSucceed {
            /// A request with its required parameters (`acs_encoder_id`); set the others with the setters.
            #[allow(clippy::too_many_arguments)]
            pub fn new(acs_encoder_id: crate::Uuid) -> Self {
                NextCredentialEncodeWillSucceed {
                    acs_encoder_id,
                    scenario: None,
                }
            }
        }

        crate::setters::setters! {
            NextCredentialEncodeWillSucceed {
                /// Sets `scenario`.
                value scenario: NextCredentialEncodeWillSucceedScenario,
            }
        }

        /// `POST /acs/encoders/simulate/next_credential_scan_will_fail`: returns nothing but success.
        ///
        /// See <https://docs.seam.co/api/acs/encoders/simulate/next_credential_scan_will_fail>.
        #[crate::seam_endpoint(POST, "/acs/encoders/simulate/next_credential_scan_will_fail")]
        #[non_exhaustive]
        pub struct NextCredentialScanWillFail {
            /// `acs_encoder_id`: an id (UUID) (required).
            pub acs_encoder_id: crate::Uuid,
            /// `error_code`: a [`NextCredentialScanWillFailModeErrorCode`] (optional).
            pub error_code: Option<NextCredentialScanWillFailModeErrorCode>,
            /// `acs_credential_id_on_seam`: an id (UUID) (optional).
            pub acs_credential_id_on_seam: Option<crate::Uuid>,
        }

        #[allow(deprecated)]
        impl NextCredentialScanWillFail {
            /// A request with its required parameters (`acs_encoder_id`); set the others with the setters.
            #[allow(clippy::too_many_arguments)]
            pub fn new(acs_encoder_id: crate::Uuid) -> Self {
                NextCredentialScanWillFail {
                    acs_encoder_id,
                    error_code: None,
                    acs_credential_id_on_seam: None,
                }
            }
        }

        crate::setters::setters! {
            NextCredentialScanWillFail {
                /// Sets `error_code`.
                value error_code: NextCredentialScanWillFailModeErrorCode,
                /// Sets `acs_credential_id_on_seam`.
                plain acs_credential_id_on_seam: crate::Uuid,
            }
        }

        /// `POST /acs/encoders/simulate/next_credential_scan_will_succeed`: returns nothing but success.
        ///
        /// See <https://docs.seam.co/api/acs/encoders/simulate/next_credential_scan_will_succeed>.
        #[crate::seam_endpoint(POST, "/acs/encoders/simulate/next_credential_scan_will_succeed")]
        #[non_exhaustive]
        pub struct NextCredentialScanWillSucceed {
            /// `acs_encoder_id`: an id (UUID) (required).
            pub acs_encoder_id: crate::Uuid,
            /// `acs_credential_id_on_seam`: an id (UUID) (optional).
            pub acs_credential_id_on_seam: Option<crate::Uuid>,
            /// `scenario`: a [`NextCredentialScanWillSucceedModeScenario`] (optional).
            pub scenario: Option<NextCredentialScanWillSucceedModeScenario>,
        }

        #[allow(deprecated)]
        impl NextCredentialScanWillSucceed {
            /// A request with its required parameters (`acs_encoder_id`); set the others with the setters.
            #[allow(clippy::too_many_arguments)]
            pub fn new(acs_encoder_id: crate::Uuid) -> Self {
                NextCredentialScanWillSucceed {
                    acs_encoder_id,
                    acs_credential_id_on_seam: None,
                    scenario: None,
                }
            }
        }

        crate::setters::setters! {
            NextCredentialScanWillSucceed {
                /// Sets `acs_credential_id_on_seam`.
                plain acs_credential_id_on_seam: crate::Uuid,
                /// Sets `scenario`.
                value scenario: NextCredentialScanWillSucceedModeScenario,
            }
        }

        seamapi_runtime::string_enum! {
            /// The values of `next_credential_encode_will_fail_mode_error_code`.
            pub enum NextCredentialEncodeWillFailModeErrorCode {
                /// `no_credential_on_encoder`.
                NoCredentialOnEncoder => "no_credential_on_encoder",
                /// `encoding_interrupted`.
                EncodingInterrupted => "encoding_interrupted",
            }
        }

        seamapi_runtime::string_enum! {
            /// The values of `next_credential_encode_will_succeed_scenario`.
            pub enum NextCredentialEncodeWillSucceedScenario {
                /// `credential_is_issued`.
                CredentialIsIssued => "credential_is_issued",
            }
        }

        seamapi_runtime::string_enum! {
            /// The values of `next_credential_scan_will_fail_mode_error_code`.
            pub enum NextCredentialScanWillFailModeErrorCode {
                /// `no_credential_on_encoder`.
                NoCredentialOnEncoder => "no_credential_on_encoder",
            }
        }

        seamapi_runtime::string_enum! {
            /// The values of `next_credential_scan_will_succeed_mode_scenario`.
            pub enum NextCredentialScanWillSucceedModeScenario {
                /// `credential_exists_on_seam`.
                CredentialExistsOnSeam => "credential_exists_on_seam",
                /// `credential_on_encoder_needs_update`.
                CredentialOnEncoderNeedsUpdate => "credential_on_encoder_needs_update",
            }
        }
    }
}

/// The `acs/entrances` endpoints.
pub mod entrances {
    /// `GET /acs/entrances/get`: returns [`AcsEntrance`](crate::resources::AcsEntrance) (under `acs_entrance`).
    ///
    /// See <https://docs.seam.co/api/acs/entrances/get>.
    #[crate::seam_endpoint(GET, "/acs/entrances/get", response = crate::resources::AcsEntrance, key = "acs_entrance")]
    #[non_exhaustive]
    pub struct GetAcsEntrance {
        /// `acs_entrance_id`: an id (UUID) (required).
        pub acs_entrance_id: crate::Uuid,
    }

    #[allow(deprecated)]
    impl GetAcsEntrance {
        /// A request with its required parameters (`acs_entrance_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(acs_entrance_id: crate::Uuid) -> Self {
            GetAcsEntrance { acs_entrance_id }
        }
    }

    /// `POST /acs/entrances/grant_access`: returns nothing but success.
    ///
    /// See <https://docs.seam.co/api/acs/entrances/grant_access>.
    #[crate::seam_endpoint(POST, "/acs/entrances/grant_access")]
    #[non_exhaustive]
    pub struct GrantAccess {
        /// `acs_entrance_id`: an id (UUID) (required).
        pub acs_entrance_id: crate::Uuid,
        /// `acs_user_id`: an id (UUID) (optional).
        pub acs_user_id: Option<crate::Uuid>,
        /// `user_identity_id`: an id (UUID) (optional).
        pub user_identity_id: Option<crate::Uuid>,
    }

    #[allow(deprecated)]
    impl GrantAccess {
        /// A request with its required parameters (`acs_entrance_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(acs_entrance_id: crate::Uuid) -> Self {
            GrantAccess {
                acs_entrance_id,
                acs_user_id: None,
                user_identity_id: None,
            }
        }
    }

    crate::setters::setters! {
        GrantAccess {
            /// Sets `acs_user_id`.
            plain acs_user_id: crate::Uuid,
            /// Sets `user_identity_id`.
            plain user_identity_id: crate::Uuid,
        }
    }

    /// `GET /acs/entrances/list`: returns one page of [`AcsEntrance`](crate::resources::AcsEntrance) (under `acs_entrances`); walk every page with [`Client::paginate`](crate::Client::paginate).
    ///
    /// See <https://docs.seam.co/api/acs/entrances/list>.
    #[crate::seam_endpoint(GET, "/acs/entrances/list", response = ListAcsEntrancesPage, paginated)]
    #[derive(Default)]
    #[non_exhaustive]
    pub struct ListAcsEntrances {
        /// `acs_credential_id`: an id (UUID) (optional).
        pub acs_credential_id: Option<crate::Uuid>,
        /// `acs_entrance_ids`: a list of id (UUID) (optional).
        pub acs_entrance_ids: Option<Vec<crate::Uuid>>,
        /// `acs_system_id`: an id (UUID) (optional).
        pub acs_system_id: Option<crate::Uuid>,
        /// `connected_account_id`: an id (UUID) (optional).
        pub connected_account_id: Option<crate::Uuid>,
        /// `customer_key`: a string (optional).
        pub customer_key: Option<String>,
        /// `limit`: an integer (optional).
        pub limit: Option<i64>,
        /// `location_id`: an id (UUID) (optional, may be null).
        #[deprecated(note = "Seam: Use `space_id`.")]
        pub location_id: Option<crate::Nullable<crate::Uuid>>,
        /// `page_cursor`: a string (optional, may be null).
        pub page_cursor: Option<String>,
        /// `search`: a string (optional).
        pub search: Option<String>,
        /// `space_id`: an id (UUID) (optional).
        pub space_id: Option<crate::Uuid>,
    }

    #[allow(deprecated)]
    impl ListAcsEntrances {
        /// A request with no parameter set yet; set them with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            ListAcsEntrances {
                acs_credential_id: None,
                acs_entrance_ids: None,
                acs_system_id: None,
                connected_account_id: None,
                customer_key: None,
                limit: None,
                location_id: None,
                page_cursor: None,
                search: None,
                space_id: None,
            }
        }
    }

    crate::setters::setters! {
        ListAcsEntrances {
            /// Sets `acs_credential_id`.
            plain acs_credential_id: crate::Uuid,
            /// Sets `acs_entrance_ids`.
            list acs_entrance_ids: crate::Uuid,
            /// Sets `acs_system_id`.
            plain acs_system_id: crate::Uuid,
            /// Sets `connected_account_id`.
            plain connected_account_id: crate::Uuid,
            /// Sets `customer_key`.
            value customer_key: String,
            /// Sets `limit`.
            plain limit: i64,
            /// Sets `location_id`.
            #[deprecated(note = "Seam: Use `space_id`.")]
            nullable location_id: crate::Uuid,
            /// Sets `page_cursor`.
            value page_cursor: String,
            /// Sets `search`.
            value search: String,
            /// Sets `space_id`.
            plain space_id: crate::Uuid,
        }
    }

    /// One page of `acs_entrances`.
    #[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
    #[non_exhaustive]
    pub struct ListAcsEntrancesPage {
        /// The items of this page.
        pub acs_entrances: Vec<crate::resources::AcsEntrance>,
        /// Where this page stands.
        #[serde(default)]
        pub pagination: crate::Pagination,
    }

    impl crate::PageResponse for ListAcsEntrancesPage {
        type Item = crate::resources::AcsEntrance;

        fn into_page(self) -> crate::Page<crate::resources::AcsEntrance> {
            crate::Page {
                items: self.acs_entrances,
                pagination: self.pagination,
            }
        }
    }

    /// `GET /acs/entrances/list_credentials_with_access`: returns a list of [`AcsCredential`](crate::resources::AcsCredential) (under `acs_credentials`).
    ///
    /// See <https://docs.seam.co/api/acs/entrances/list_credentials_with_access>.
    #[crate::seam_endpoint(GET, "/acs/entrances/list_credentials_with_access", response = Vec<crate::resources::AcsCredential>, key = "acs_credentials")]
    #[non_exhaustive]
    pub struct ListCredentialsWithAccess {
        /// `acs_entrance_id`: an id (UUID) (required).
        pub acs_entrance_id: crate::Uuid,
        /// `include_if`: a list of [`ListCredentialsWithAccessIncludeIf`] (optional).
        pub include_if: Option<Vec<ListCredentialsWithAccessIncludeIf>>,
    }

    #[allow(deprecated)]
    impl ListCredentialsWithAccess {
        /// A request with its required parameters (`acs_entrance_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(acs_entrance_id: crate::Uuid) -> Self {
            ListCredentialsWithAccess {
                acs_entrance_id,
                include_if: None,
            }
        }
    }

    crate::setters::setters! {
        ListCredentialsWithAccess {
            /// Sets `include_if`.
            list include_if: ListCredentialsWithAccessIncludeIf,
        }
    }

    /// `POST /acs/entrances/unlock`: starts an action and returns its [`ActionAttempt`](crate::ActionAttempt), by default once it has resolved.
    ///
    /// See <https://docs.seam.co/api/acs/entrances/unlock>.
    #[crate::seam_endpoint(POST, "/acs/entrances/unlock", action_attempt)]
    #[non_exhaustive]
    pub struct Unlock {
        /// `acs_credential_id`: an id (UUID) (required).
        pub acs_credential_id: crate::Uuid,
        /// `acs_entrance_id`: an id (UUID) (required).
        pub acs_entrance_id: crate::Uuid,
    }

    #[allow(deprecated)]
    impl Unlock {
        /// A request with its required parameters (`acs_credential_id`, `acs_entrance_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(acs_credential_id: crate::Uuid, acs_entrance_id: crate::Uuid) -> Self {
            Unlock {
                acs_credential_id,
                acs_entrance_id,
            }
        }
    }

    seamapi_runtime::string_enum! {
        /// The values of `list_credentials_with_access_include_if`.
        pub enum ListCredentialsWithAccessIncludeIf {
            /// `visionline_metadata.is_valid`.
            VisionlineMetadataIsValid => "visionline_metadata.is_valid",
        }
    }
}

/// The `acs/systems` endpoints.
pub mod systems {
    /// `GET /acs/systems/get`: returns [`AcsSystem`](crate::resources::AcsSystem) (under `acs_system`).
    ///
    /// See <https://docs.seam.co/api/acs/systems/get>.
    #[crate::seam_endpoint(GET, "/acs/systems/get", response = crate::resources::AcsSystem, key = "acs_system")]
    #[non_exhaustive]
    pub struct GetAcsSystem {
        /// `acs_system_id`: an id (UUID) (required).
        pub acs_system_id: crate::Uuid,
    }

    #[allow(deprecated)]
    impl GetAcsSystem {
        /// A request with its required parameters (`acs_system_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(acs_system_id: crate::Uuid) -> Self {
            GetAcsSystem { acs_system_id }
        }
    }

    /// `GET /acs/systems/list`: returns a list of [`AcsSystem`](crate::resources::AcsSystem) (under `acs_systems`).
    ///
    /// See <https://docs.seam.co/api/acs/systems/list>.
    #[crate::seam_endpoint(GET, "/acs/systems/list", response = Vec<crate::resources::AcsSystem>, key = "acs_systems")]
    #[derive(Default)]
    #[non_exhaustive]
    pub struct ListAcsSystems {
        /// `connected_account_id`: an id (UUID) (optional).
        pub connected_account_id: Option<crate::Uuid>,
        /// `customer_key`: a string (optional).
        pub customer_key: Option<String>,
        /// `search`: a string (optional).
        pub search: Option<String>,
    }

    #[allow(deprecated)]
    impl ListAcsSystems {
        /// A request with no parameter set yet; set them with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            ListAcsSystems {
                connected_account_id: None,
                customer_key: None,
                search: None,
            }
        }
    }

    crate::setters::setters! {
        ListAcsSystems {
            /// Sets `connected_account_id`.
            plain connected_account_id: crate::Uuid,
            /// Sets `customer_key`.
            value customer_key: String,
            /// Sets `search`.
            value search: String,
        }
    }

    /// `GET /acs/systems/list_compatible_credential_manager_acs_systems`: returns a list of [`AcsSystem`](crate::resources::AcsSystem) (under `acs_systems`).
    ///
    /// See <https://docs.seam.co/api/acs/systems/list_compatible_credential_manager_acs_systems>.
    #[crate::seam_endpoint(GET, "/acs/systems/list_compatible_credential_manager_acs_systems", response = Vec<crate::resources::AcsSystem>, key = "acs_systems")]
    #[non_exhaustive]
    pub struct ListCompatibleCredentialManagerAcsSystems {
        /// `acs_system_id`: an id (UUID) (required).
        pub acs_system_id: crate::Uuid,
    }

    #[allow(deprecated)]
    impl ListCompatibleCredentialManagerAcsSystems {
        /// A request with its required parameters (`acs_system_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(acs_system_id: crate::Uuid) -> Self {
            ListCompatibleCredentialManagerAcsSystems { acs_system_id }
        }
    }

    /// `POST /acs/systems/report_devices`: returns nothing but success.
    ///
    /// See <https://docs.seam.co/api/acs/systems/report_devices>.
    #[crate::seam_endpoint(POST, "/acs/systems/report_devices")]
    #[non_exhaustive]
    pub struct ReportDevices {
        /// `acs_system_id`: an id (UUID) (required).
        pub acs_system_id: crate::Uuid,
        /// `acs_encoders`: a list of [`ReportDevicesAcsEncoder`] (optional).
        pub acs_encoders: Option<Vec<ReportDevicesAcsEncoder>>,
        /// `acs_entrances`: a list of [`ReportDevicesAcsEntrance`] (optional).
        pub acs_entrances: Option<Vec<ReportDevicesAcsEntrance>>,
    }

    #[allow(deprecated)]
    impl ReportDevices {
        /// A request with its required parameters (`acs_system_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(acs_system_id: crate::Uuid) -> Self {
            ReportDevices {
                acs_system_id,
                acs_encoders: None,
                acs_entrances: None,
            }
        }
    }

    crate::setters::setters! {
        ReportDevices {
            /// Sets `acs_encoders`.
            list acs_encoders: ReportDevicesAcsEncoder,
            /// Sets `acs_entrances`.
            list acs_entrances: ReportDevicesAcsEntrance,
        }
    }

    /// The `report_devices_acs_encoder` object.
    #[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
    #[non_exhaustive]
    pub struct ReportDevicesAcsEncoder {
        /// `hotek_metadata`: a [`ReportDevicesAcsEncoderHotekMetadata`] (required).
        pub hotek_metadata: ReportDevicesAcsEncoderHotekMetadata,
        /// `is_removed`: a boolean (optional).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub is_removed: Option<bool>,
    }

    #[allow(deprecated)]
    impl ReportDevicesAcsEncoder {
        /// A request with its required parameters (`hotek_metadata`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(hotek_metadata: impl Into<ReportDevicesAcsEncoderHotekMetadata>) -> Self {
            ReportDevicesAcsEncoder {
                hotek_metadata: hotek_metadata.into(),
                is_removed: None,
            }
        }
    }

    crate::setters::setters! {
        ReportDevicesAcsEncoder {
            /// Sets `is_removed`.
            plain is_removed: bool,
        }
    }

    /// The `report_devices_acs_encoder_hotek_metadata` object.
    #[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
    #[non_exhaustive]
    pub struct ReportDevicesAcsEncoderHotekMetadata {
        /// `encoder_number`: a string (required).
        pub encoder_number: String,
    }

    #[allow(deprecated)]
    impl ReportDevicesAcsEncoderHotekMetadata {
        /// A request with its required parameters (`encoder_number`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(encoder_number: impl Into<String>) -> Self {
            ReportDevicesAcsEncoderHotekMetadata {
                encoder_number: encoder_number.into(),
            }
        }
    }

    /// The `report_devices_acs_entrance` object.
    #[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
    #[non_exhaustive]
    pub struct ReportDevicesAcsEntrance {
        /// `hotek_metadata`: a [`ReportDevicesAcsEntranceHotekMetadata`] (required).
        pub hotek_metadata: ReportDevicesAcsEntranceHotekMetadata,
        /// `is_removed`: a boolean (optional).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub is_removed: Option<bool>,
    }

    #[allow(deprecated)]
    impl ReportDevicesAcsEntrance {
        /// A request with its required parameters (`hotek_metadata`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(hotek_metadata: impl Into<ReportDevicesAcsEntranceHotekMetadata>) -> Self {
            ReportDevicesAcsEntrance {
                hotek_metadata: hotek_metadata.into(),
                is_removed: None,
            }
        }
    }

    crate::setters::setters! {
        ReportDevicesAcsEntrance {
            /// Sets `is_removed`.
            plain is_removed: bool,
        }
    }

    /// The `report_devices_acs_entrance_hotek_metadata` object.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
    #[non_exhaustive]
    pub struct ReportDevicesAcsEntranceHotekMetadata {
        /// `common_area_name`: a string (optional).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub common_area_name: Option<String>,
        /// `common_area_number`: a string (optional).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub common_area_number: Option<String>,
        /// `room_number`: a string (optional).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub room_number: Option<String>,
    }

    #[allow(deprecated)]
    impl ReportDevicesAcsEntranceHotekMetadata {
        /// A request with no parameter set yet; set them with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            ReportDevicesAcsEntranceHotekMetadata {
                common_area_name: None,
                common_area_number: None,
                room_number: None,
            }
        }
    }

    crate::setters::setters! {
        ReportDevicesAcsEntranceHotekMetadata {
            /// Sets `common_area_name`.
            value common_area_name: String,
            /// Sets `common_area_number`.
            value common_area_number: String,
            /// Sets `room_number`.
            value room_number: String,
        }
    }
}

/// The `acs/users` endpoints.
pub mod users {
    /// `POST /acs/users/add_to_access_group`: returns nothing but success.
    ///
    /// See <https://docs.seam.co/api/acs/users/add_to_access_group>.
    #[crate::seam_endpoint(POST, "/acs/users/add_to_access_group")]
    #[non_exhaustive]
    pub struct AddToAccessGroup {
        /// `acs_access_group_id`: an id (UUID) (required).
        pub acs_access_group_id: crate::Uuid,
        /// `acs_user_id`: an id (UUID) (required).
        pub acs_user_id: crate::Uuid,
    }

    #[allow(deprecated)]
    impl AddToAccessGroup {
        /// A request with its required parameters (`acs_access_group_id`, `acs_user_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(acs_access_group_id: crate::Uuid, acs_user_id: crate::Uuid) -> Self {
            AddToAccessGroup {
                acs_access_group_id,
                acs_user_id,
            }
        }
    }

    /// `POST /acs/users/create`: returns [`AcsUser`](crate::resources::AcsUser) (under `acs_user`).
    ///
    /// See <https://docs.seam.co/api/acs/users/create>.
    #[crate::seam_endpoint(POST, "/acs/users/create", response = crate::resources::AcsUser, key = "acs_user")]
    #[non_exhaustive]
    pub struct CreateAcsUser {
        /// `acs_system_id`: an id (UUID) (required).
        pub acs_system_id: crate::Uuid,
        /// `full_name`: a string (required).
        pub full_name: String,
        /// `access_schedule`: a [`CreateAcsUserAccessSchedule`] (optional).
        pub access_schedule: Option<CreateAcsUserAccessSchedule>,
        /// `acs_access_group_ids`: a list of id (UUID) (optional).
        pub acs_access_group_ids: Option<Vec<crate::Uuid>>,
        /// `email`: a string (optional).
        #[deprecated(note = "Seam: use email_address.")]
        pub email: Option<String>,
        /// `email_address`: a string (optional).
        pub email_address: Option<String>,
        /// `phone_number`: a string (optional).
        pub phone_number: Option<String>,
        /// `user_identity_id`: an id (UUID) (optional).
        pub user_identity_id: Option<crate::Uuid>,
    }

    #[allow(deprecated)]
    impl CreateAcsUser {
        /// A request with its required parameters (`acs_system_id`, `full_name`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(acs_system_id: crate::Uuid, full_name: impl Into<String>) -> Self {
            CreateAcsUser {
                acs_system_id,
                full_name: full_name.into(),
                access_schedule: None,
                acs_access_group_ids: None,
                email: None,
                email_address: None,
                phone_number: None,
                user_identity_id: None,
            }
        }
    }

    crate::setters::setters! {
        CreateAcsUser {
            /// Sets `access_schedule`.
            value access_schedule: CreateAcsUserAccessSchedule,
            /// Sets `acs_access_group_ids`.
            list acs_access_group_ids: crate::Uuid,
            /// Sets `email`.
            #[deprecated(note = "Seam: use email_address.")]
            value email: String,
            /// Sets `email_address`.
            value email_address: String,
            /// Sets `phone_number`.
            value phone_number: String,
            /// Sets `user_identity_id`.
            plain user_identity_id: crate::Uuid,
        }
    }

    /// `POST /acs/users/delete`: returns nothing but success.
    ///
    /// See <https://docs.seam.co/api/acs/users/delete>.
    #[crate::seam_endpoint(POST, "/acs/users/delete")]
    #[derive(Default)]
    #[non_exhaustive]
    pub struct DeleteAcsUser {
        /// `acs_system_id`: an id (UUID) (optional).
        pub acs_system_id: Option<crate::Uuid>,
        /// `acs_user_id`: an id (UUID) (optional).
        pub acs_user_id: Option<crate::Uuid>,
        /// `user_identity_id`: an id (UUID) (optional).
        pub user_identity_id: Option<crate::Uuid>,
    }

    #[allow(deprecated)]
    impl DeleteAcsUser {
        /// A request with no parameter set yet; set them with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            DeleteAcsUser {
                acs_system_id: None,
                acs_user_id: None,
                user_identity_id: None,
            }
        }
    }

    crate::setters::setters! {
        DeleteAcsUser {
            /// Sets `acs_system_id`.
            plain acs_system_id: crate::Uuid,
            /// Sets `acs_user_id`.
            plain acs_user_id: crate::Uuid,
            /// Sets `user_identity_id`.
            plain user_identity_id: crate::Uuid,
        }
    }

    /// `GET /acs/users/get`: returns [`AcsUser`](crate::resources::AcsUser) (under `acs_user`).
    ///
    /// See <https://docs.seam.co/api/acs/users/get>.
    #[crate::seam_endpoint(GET, "/acs/users/get", response = crate::resources::AcsUser, key = "acs_user")]
    #[derive(Default)]
    #[non_exhaustive]
    pub struct GetAcsUser {
        /// `acs_system_id`: an id (UUID) (optional).
        pub acs_system_id: Option<crate::Uuid>,
        /// `acs_user_id`: an id (UUID) (optional).
        pub acs_user_id: Option<crate::Uuid>,
        /// `user_identity_id`: an id (UUID) (optional).
        pub user_identity_id: Option<crate::Uuid>,
    }

    #[allow(deprecated)]
    impl GetAcsUser {
        /// A request with no parameter set yet; set them with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            GetAcsUser {
                acs_system_id: None,
                acs_user_id: None,
                user_identity_id: None,
            }
        }
    }

    crate::setters::setters! {
        GetAcsUser {
            /// Sets `acs_system_id`.
            plain acs_system_id: crate::Uuid,
            /// Sets `acs_user_id`.
            plain acs_user_id: crate::Uuid,
            /// Sets `user_identity_id`.
            plain user_identity_id: crate::Uuid,
        }
    }

    /// `GET /acs/users/list`: returns one page of [`AcsUser`](crate::resources::AcsUser) (under `acs_users`); walk every page with [`Client::paginate`](crate::Client::paginate).
    ///
    /// See <https://docs.seam.co/api/acs/users/list>.
    #[crate::seam_endpoint(GET, "/acs/users/list", response = ListAcsUsersPage, paginated)]
    #[derive(Default)]
    #[non_exhaustive]
    pub struct ListAcsUsers {
        /// `acs_system_id`: an id (UUID) (optional).
        pub acs_system_id: Option<crate::Uuid>,
        /// `created_before`: a timestamp (optional).
        pub created_before: Option<crate::Timestamp>,
        /// `limit`: an integer (optional).
        pub limit: Option<i64>,
        /// `page_cursor`: a string (optional, may be null).
        pub page_cursor: Option<String>,
        /// `search`: a string (optional).
        pub search: Option<String>,
        /// `user_identity_email_address`: a string (optional).
        pub user_identity_email_address: Option<String>,
        /// `user_identity_id`: an id (UUID) (optional).
        pub user_identity_id: Option<crate::Uuid>,
        /// `user_identity_phone_number`: a string (optional).
        pub user_identity_phone_number: Option<String>,
    }

    #[allow(deprecated)]
    impl ListAcsUsers {
        /// A request with no parameter set yet; set them with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            ListAcsUsers {
                acs_system_id: None,
                created_before: None,
                limit: None,
                page_cursor: None,
                search: None,
                user_identity_email_address: None,
                user_identity_id: None,
                user_identity_phone_number: None,
            }
        }
    }

    crate::setters::setters! {
        ListAcsUsers {
            /// Sets `acs_system_id`.
            plain acs_system_id: crate::Uuid,
            /// Sets `created_before`.
            plain created_before: crate::Timestamp,
            /// Sets `limit`.
            plain limit: i64,
            /// Sets `page_cursor`.
            value page_cursor: String,
            /// Sets `search`.
            value search: String,
            /// Sets `user_identity_email_address`.
            value user_identity_email_address: String,
            /// Sets `user_identity_id`.
            plain user_identity_id: crate::Uuid,
            /// Sets `user_identity_phone_number`.
            value user_identity_phone_number: String,
        }
    }

    /// One page of `acs_users`.
    #[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
    #[non_exhaustive]
    pub struct ListAcsUsersPage {
        /// The items of this page.
        pub acs_users: Vec<crate::resources::AcsUser>,
        /// Where this page stands.
        #[serde(default)]
        pub pagination: crate::Pagination,
    }

    impl crate::PageResponse for ListAcsUsersPage {
        type Item = crate::resources::AcsUser;

        fn into_page(self) -> crate::Page<crate::resources::AcsUser> {
            crate::Page {
                items: self.acs_users,
                pagination: self.pagination,
            }
        }
    }

    /// `GET /acs/users/list_accessible_entrances`: returns a list of [`AcsEntrance`](crate::resources::AcsEntrance) (under `acs_entrances`).
    ///
    /// See <https://docs.seam.co/api/acs/users/list_accessible_entrances>.
    #[crate::seam_endpoint(GET, "/acs/users/list_accessible_entrances", response = Vec<crate::resources::AcsEntrance>, key = "acs_entrances")]
    #[derive(Default)]
    #[non_exhaustive]
    pub struct ListAccessibleEntrances {
        /// `acs_system_id`: an id (UUID) (optional).
        pub acs_system_id: Option<crate::Uuid>,
        /// `acs_user_id`: an id (UUID) (optional).
        pub acs_user_id: Option<crate::Uuid>,
        /// `user_identity_id`: an id (UUID) (optional).
        pub user_identity_id: Option<crate::Uuid>,
    }

    #[allow(deprecated)]
    impl ListAccessibleEntrances {
        /// A request with no parameter set yet; set them with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            ListAccessibleEntrances {
                acs_system_id: None,
                acs_user_id: None,
                user_identity_id: None,
            }
        }
    }

    crate::setters::setters! {
        ListAccessibleEntrances {
            /// Sets `acs_system_id`.
            plain acs_system_id: crate::Uuid,
            /// Sets `acs_user_id`.
            plain acs_user_id: crate::Uuid,
            /// Sets `user_identity_id`.
            plain user_identity_id: crate::Uuid,
        }
    }

    /// `POST /acs/users/remove_from_access_group`: returns nothing but success.
    ///
    /// See <https://docs.seam.co/api/acs/users/remove_from_access_group>.
    #[crate::seam_endpoint(POST, "/acs/users/remove_from_access_group")]
    #[non_exhaustive]
    pub struct RemoveFromAccessGroup {
        /// `acs_access_group_id`: an id (UUID) (required).
        pub acs_access_group_id: crate::Uuid,
        /// `acs_user_id`: an id (UUID) (optional).
        pub acs_user_id: Option<crate::Uuid>,
        /// `user_identity_id`: an id (UUID) (optional).
        pub user_identity_id: Option<crate::Uuid>,
    }

    #[allow(deprecated)]
    impl RemoveFromAccessGroup {
        /// A request with its required parameters (`acs_access_group_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(acs_access_group_id: crate::Uuid) -> Self {
            RemoveFromAccessGroup {
                acs_access_group_id,
                acs_user_id: None,
                user_identity_id: None,
            }
        }
    }

    crate::setters::setters! {
        RemoveFromAccessGroup {
            /// Sets `acs_user_id`.
            plain acs_user_id: crate::Uuid,
            /// Sets `user_identity_id`.
            plain user_identity_id: crate::Uuid,
        }
    }

    /// `POST /acs/users/revoke_access_to_all_entrances`: returns nothing but success.
    ///
    /// See <https://docs.seam.co/api/acs/users/revoke_access_to_all_entrances>.
    #[crate::seam_endpoint(POST, "/acs/users/revoke_access_to_all_entrances")]
    #[derive(Default)]
    #[non_exhaustive]
    pub struct RevokeAccessToAllEntrances {
        /// `acs_system_id`: an id (UUID) (optional).
        pub acs_system_id: Option<crate::Uuid>,
        /// `acs_user_id`: an id (UUID) (optional).
        pub acs_user_id: Option<crate::Uuid>,
        /// `user_identity_id`: an id (UUID) (optional).
        pub user_identity_id: Option<crate::Uuid>,
    }

    #[allow(deprecated)]
    impl RevokeAccessToAllEntrances {
        /// A request with no parameter set yet; set them with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            RevokeAccessToAllEntrances {
                acs_system_id: None,
                acs_user_id: None,
                user_identity_id: None,
            }
        }
    }

    crate::setters::setters! {
        RevokeAccessToAllEntrances {
            /// Sets `acs_system_id`.
            plain acs_system_id: crate::Uuid,
            /// Sets `acs_user_id`.
            plain acs_user_id: crate::Uuid,
            /// Sets `user_identity_id`.
            plain user_identity_id: crate::Uuid,
        }
    }

    /// `POST /acs/users/suspend`: returns nothing but success.
    ///
    /// See <https://docs.seam.co/api/acs/users/suspend>.
    #[crate::seam_endpoint(POST, "/acs/users/suspend")]
    #[derive(Default)]
    #[non_exhaustive]
    pub struct Suspend {
        /// `acs_system_id`: an id (UUID) (optional).
        pub acs_system_id: Option<crate::Uuid>,
        /// `acs_user_id`: an id (UUID) (optional).
        pub acs_user_id: Option<crate::Uuid>,
        /// `user_identity_id`: an id (UUID) (optional).
        pub user_identity_id: Option<crate::Uuid>,
    }

    #[allow(deprecated)]
    impl Suspend {
        /// A request with no parameter set yet; set them with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            Suspend {
                acs_system_id: None,
                acs_user_id: None,
                user_identity_id: None,
            }
        }
    }

    crate::setters::setters! {
        Suspend {
            /// Sets `acs_system_id`.
            plain acs_system_id: crate::Uuid,
            /// Sets `acs_user_id`.
            plain acs_user_id: crate::Uuid,
            /// Sets `user_identity_id`.
            plain user_identity_id: crate::Uuid,
        }
    }

    /// `POST /acs/users/unsuspend`: returns nothing but success.
    ///
    /// See <https://docs.seam.co/api/acs/users/unsuspend>.
    #[crate::seam_endpoint(POST, "/acs/users/unsuspend")]
    #[derive(Default)]
    #[non_exhaustive]
    pub struct Unsuspend {
        /// `acs_system_id`: an id (UUID) (optional).
        pub acs_system_id: Option<crate::Uuid>,
        /// `acs_user_id`: an id (UUID) (optional).
        pub acs_user_id: Option<crate::Uuid>,
        /// `user_identity_id`: an id (UUID) (optional).
        pub user_identity_id: Option<crate::Uuid>,
    }

    #[allow(deprecated)]
    impl Unsuspend {
        /// A request with no parameter set yet; set them with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            Unsuspend {
                acs_system_id: None,
                acs_user_id: None,
                user_identity_id: None,
            }
        }
    }

    crate::setters::setters! {
        Unsuspend {
            /// Sets `acs_system_id`.
            plain acs_system_id: crate::Uuid,
            /// Sets `acs_user_id`.
            plain acs_user_id: crate::Uuid,
            /// Sets `user_identity_id`.
            plain user_identity_id: crate::Uuid,
        }
    }

    /// `POST /acs/users/update`: returns nothing but success.
    ///
    /// See <https://docs.seam.co/api/acs/users/update>.
    #[crate::seam_endpoint(POST, "/acs/users/update")]
    #[derive(Default)]
    #[non_exhaustive]
    pub struct UpdateAcsUser {
        /// `access_schedule`: a [`UpdateAcsUserAccessSchedule`] (optional, may be null).
        pub access_schedule: Option<crate::Nullable<UpdateAcsUserAccessSchedule>>,
        /// `acs_system_id`: an id (UUID) (optional).
        pub acs_system_id: Option<crate::Uuid>,
        /// `acs_user_id`: an id (UUID) (optional).
        pub acs_user_id: Option<crate::Uuid>,
        /// `email`: a string (optional).
        #[deprecated(note = "Seam: use email_address.")]
        pub email: Option<String>,
        /// `email_address`: a string (optional).
        pub email_address: Option<String>,
        /// `full_name`: a string (optional).
        pub full_name: Option<String>,
        /// `hid_acs_system_id`: an id (UUID) (optional).
        pub hid_acs_system_id: Option<crate::Uuid>,
        /// `phone_number`: a string (optional).
        pub phone_number: Option<String>,
        /// `user_identity_id`: an id (UUID) (optional).
        pub user_identity_id: Option<crate::Uuid>,
    }

    #[allow(deprecated)]
    impl UpdateAcsUser {
        /// A request with no parameter set yet; set them with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            UpdateAcsUser {
                access_schedule: None,
                acs_system_id: None,
                acs_user_id: None,
                email: None,
                email_address: None,
                full_name: None,
                hid_acs_system_id: None,
                phone_number: None,
                user_identity_id: None,
            }
        }
    }

    crate::setters::setters! {
        UpdateAcsUser {
            /// Sets `access_schedule`.
            nullable access_schedule: UpdateAcsUserAccessSchedule,
            /// Sets `acs_system_id`.
            plain acs_system_id: crate::Uuid,
            /// Sets `acs_user_id`.
            plain acs_user_id: crate::Uuid,
            /// Sets `email`.
            #[deprecated(note = "Seam: use email_address.")]
            value email: String,
            /// Sets `email_address`.
            value email_address: String,
            /// Sets `full_name`.
            value full_name: String,
            /// Sets `hid_acs_system_id`.
            plain hid_acs_system_id: crate::Uuid,
            /// Sets `phone_number`.
            value phone_number: String,
            /// Sets `user_identity_id`.
            plain user_identity_id: crate::Uuid,
        }
    }

    /// The `create_acs_user_access_schedule` object.
    #[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
    #[non_exhaustive]
    pub struct CreateAcsUserAccessSchedule {
        /// `ends_at`: a timestamp (optional, may be null).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub ends_at: Option<crate::Nullable<crate::Timestamp>>,
        /// `starts_at`: a timestamp (optional).
        #[serde(skip_serializing_if = "Option::is_none")]
        pub starts_at: Option<crate::Timestamp>,
    }

    #[allow(deprecated)]
    impl CreateAcsUserAccessSchedule {
        /// A request with no parameter set yet; set them with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new() -> Self {
            CreateAcsUserAccessSchedule {
                ends_at: None,
                starts_at: None,
            }
        }
    }

    crate::setters::setters! {
        CreateAcsUserAccessSchedule {
            /// Sets `ends_at`.
            nullable ends_at: crate::Timestamp,
            /// Sets `starts_at`.
            plain starts_at: crate::Timestamp,
        }
    }

    /// The `update_acs_user_access_schedule` object.
    #[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
    #[non_exhaustive]
    pub struct UpdateAcsUserAccessSchedule {
        /// `ends_at`: a timestamp (required).
        pub ends_at: crate::Timestamp,
        /// `starts_at`: a timestamp (required).
        pub starts_at: crate::Timestamp,
    }

    #[allow(deprecated)]
    impl UpdateAcsUserAccessSchedule {
        /// A request with its required parameters (`ends_at`, `starts_at`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(ends_at: crate::Timestamp, starts_at: crate::Timestamp) -> Self {
            UpdateAcsUserAccessSchedule { ends_at, starts_at }
        }
    }
}
