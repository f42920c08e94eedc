//! The `access_methods` endpoints of the Seam API.
//!
//! Generated from Seam's OpenAPI document by `seamapi-codegen`: do not edit.

pub use crate::resources::{AccessMethod, Batch2, UnmanagedAccessMethod};

/// `POST /access_methods/assign_card`: starts an action and returns its [`ActionAttempt`](crate::ActionAttempt), by default once it has resolved.
///
/// See <https://docs.seam.co/api/access_methods/assign_card>.
#[crate::seam_endpoint(POST, "/access_methods/assign_card", action_attempt)]
#[non_exhaustive]
pub struct AssignCard {
    /// `access_method_id`: an id (UUID) (required).
    pub access_method_id: crate::Uuid,
    /// `card_number`: a string (required).
    pub card_number: String,
}

#[allow(deprecated)]
impl AssignCard {
    /// A request with its required parameters (`access_method_id`, `card_number`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(access_method_id: crate::Uuid, card_number: impl Into<String>) -> Self {
        AssignCard {
            access_method_id,
            card_number: card_number.into(),
        }
    }
}

/// `POST /access_methods/delete`: returns nothing but success.
///
/// See <https://docs.seam.co/api/access_methods/delete>.
#[crate::seam_endpoint(POST, "/access_methods/delete")]
#[non_exhaustive]
pub struct DeleteAccessMethod {
    /// Which one of `access_method_id`, `access_grant_id`, `reservation_key` to send.
    #[serde(flatten)]
    pub by: DeleteAccessMethodBy,
}

#[allow(deprecated)]
impl DeleteAccessMethod {
    /// A request with its required parameters (`by`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(by: impl Into<DeleteAccessMethodBy>) -> Self {
        DeleteAccessMethod { by: by.into() }
    }
}

/// `POST /access_methods/encode`: starts an action and returns its [`ActionAttempt`](crate::ActionAttempt), by default once it has resolved.
///
/// See <https://docs.seam.co/api/access_methods/encode>.
#[crate::seam_endpoint(POST, "/access_methods/encode", action_attempt)]
#[non_exhaustive]
pub struct Encode {
    /// `access_method_id`: an id (UUID) (required).
    pub access_method_id: crate::Uuid,
    /// `acs_encoder_id`: an id (UUID) (required).
    pub acs_encoder_id: crate::Uuid,
}

#[allow(deprecated)]
impl Encode {
    /// A request with its required parameters (`access_method_id`, `acs_encoder_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(access_method_id: crate::Uuid, acs_encoder_id: crate::Uuid) -> Self {
        Encode {
            access_method_id,
            acs_encoder_id,
        }
    }
}

/// `GET /access_methods/get`: returns [`AccessMethod`](crate::resources::AccessMethod) (under `access_method`).
///
/// See <https://docs.seam.co/api/access_methods/get>.
#[crate::seam_endpoint(GET, "/access_methods/get", response = crate::resources::AccessMethod, key = "access_method")]
#[non_exhaustive]
pub struct GetAccessMethod {
    /// `access_method_id`: an id (UUID) (required).
    pub access_method_id: crate::Uuid,
}

#[allow(deprecated)]
impl GetAccessMethod {
    /// A request with its required parameters (`access_method_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(access_method_id: crate::Uuid) -> Self {
        GetAccessMethod { access_method_id }
    }
}

/// `GET /access_methods/get_related`: returns [`Batch2`](crate::resources::Batch2) (under `batch`).
///
/// See <https://docs.seam.co/api/access_methods/get_related>.
#[crate::seam_endpoint(GET, "/access_methods/get_related", response = crate::resources::Batch2, key = "batch")]
#[non_exhaustive]
pub struct GetRelated {
    /// `access_method_ids`: a list of id (UUID) (required).
    pub access_method_ids: Vec<crate::Uuid>,
    /// `exclude`: a list of [`GetRelatedExclude`] (optional).
    pub exclude: Option<Vec<GetRelatedExclude>>,
    /// `include`: a list of [`GetRelatedInclude`] (optional).
    pub include: Option<Vec<GetRelatedInclude>>,
}

#[allow(deprecated)]
impl GetRelated {
    /// A request with its required parameters (`access_method_ids`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(access_method_ids: impl IntoIterator<Item = impl Into<crate::Uuid>>) -> Self {
        GetRelated {
            access_method_ids: access_method_ids.into_iter().map(Into::into).collect(),
            exclude: None,
            include: None,
        }
    }
}

crate::setters::setters! {
    GetRelated {
        /// Sets `exclude`.
        list exclude: GetRelatedExclude,
        /// Sets `include`.
        list include: GetRelatedInclude,
    }
}

/// `GET /access_methods/list`: returns a list of [`AccessMethod`](crate::resources::AccessMethod) (under `access_methods`).
///
/// See <https://docs.seam.co/api/access_methods/list>.
#[crate::seam_endpoint(GET, "/access_methods/list", response = Vec<crate::resources::AccessMethod>, key = "access_methods")]
#[derive(Default)]
#[non_exhaustive]
pub struct ListAccessMethods {
    /// `access_code_id`: an id (UUID) (optional).
    pub access_code_id: Option<crate::Uuid>,
    /// `access_grant_id`: an id (UUID) (optional).
    pub access_grant_id: Option<crate::Uuid>,
    /// `access_grant_key`: a string (optional).
    pub access_grant_key: Option<String>,
    /// `acs_entrance_id`: an id (UUID) (optional).
    pub acs_entrance_id: Option<crate::Uuid>,
    /// `device_id`: an id (UUID) (optional).
    pub device_id: Option<crate::Uuid>,
    /// `space_id`: an id (UUID) (optional).
    pub space_id: Option<crate::Uuid>,
}

#[allow(deprecated)]
impl ListAccessMethods {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        ListAccessMethods {
            access_code_id: None,
            access_grant_id: None,
            access_grant_key: None,
            acs_entrance_id: None,
            device_id: None,
            space_id: None,
        }
    }
}

crate::setters::setters! {
    ListAccessMethods {
        /// Sets `access_code_id`.
        plain access_code_id: crate::Uuid,
        /// Sets `access_grant_id`.
        plain access_grant_id: crate::Uuid,
        /// Sets `access_grant_key`.
        value access_grant_key: String,
        /// Sets `acs_entrance_id`.
        plain acs_entrance_id: crate::Uuid,
        /// Sets `device_id`.
        plain device_id: crate::Uuid,
        /// Sets `space_id`.
        plain space_id: crate::Uuid,
    }
}

/// `POST /access_methods/unlock_door`: starts an action and returns its [`ActionAttempt`](crate::ActionAttempt), by default once it has resolved.
///
/// See <https://docs.seam.co/api/access_methods/unlock_door>.
#[crate::seam_endpoint(POST, "/access_methods/unlock_door", action_attempt)]
#[non_exhaustive]
pub struct UnlockDoor {
    /// `access_method_id`: an id (UUID) (required).
    pub access_method_id: crate::Uuid,
    /// `acs_entrance_id`: an id (UUID) (required).
    pub acs_entrance_id: crate::Uuid,
}

#[allow(deprecated)]
impl UnlockDoor {
    /// A request with its required parameters (`access_method_id`, `acs_entrance_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(access_method_id: crate::Uuid, acs_entrance_id: crate::Uuid) -> Self {
        UnlockDoor {
            access_method_id,
            acs_entrance_id,
        }
    }
}

/// The `delete_access_method_by` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub enum DeleteAccessMethodBy {
    /// By `access_method_id`.
    #[serde(rename = "access_method_id")]
    AccessMethodId(crate::Uuid),
    /// By `access_grant_id`.
    #[serde(rename = "access_grant_id")]
    AccessGrantId(crate::Uuid),
    /// By `reservation_key`.
    #[serde(rename = "reservation_key")]
    ReservationKey(String),
}

seamapi_runtime::string_enum! {
    /// The values of `get_related_exclude`.
    pub enum GetRelatedExclude {
        /// `spaces`.
        Spaces => "spaces",
        /// `devices`.
        Devices => "devices",
        /// `acs_entrances`.
        AcsEntrances => "acs_entrances",
        /// `access_grants`.
        AccessGrants => "access_grants",
        /// `access_methods`.
        AccessMethods => "access_methods",
        /// `instant_keys`.
        InstantKeys => "instant_keys",
        /// `client_sessions`.
        ClientSessions => "client_sessions",
        /// `acs_credentials`.
        AcsCredentials => "acs_credentials",
    }
}

seamapi_runtime::string_enum! {
    /// The values of `get_related_include`.
    pub enum GetRelatedInclude {
        /// `spaces`.
        Spaces => "spaces",
        /// `devices`.
        Devices => "devices",
        /// `acs_entrances`.
        AcsEntrances => "acs_entrances",
        /// `access_grants`.
        AccessGrants => "access_grants",
        /// `access_methods`.
        AccessMethods => "access_methods",
        /// `instant_keys`.
        InstantKeys => "instant_keys",
        /// `client_sessions`.
        ClientSessions => "client_sessions",
        /// `acs_credentials`.
        AcsCredentials => "acs_credentials",
    }
}

/// The `access_methods/unmanaged` endpoints.
pub mod unmanaged {
    /// `GET /access_methods/unmanaged/get`: returns [`UnmanagedAccessMethod`](crate::resources::UnmanagedAccessMethod) (under `access_method`).
    ///
    /// See <https://docs.seam.co/api/access_methods/unmanaged/get>.
    #[crate::seam_endpoint(GET, "/access_methods/unmanaged/get", response = crate::resources::UnmanagedAccessMethod, key = "access_method")]
    #[non_exhaustive]
    pub struct GetUnmanagedAccessMethod {
        /// `access_method_id`: an id (UUID) (required).
        pub access_method_id: crate::Uuid,
    }

    #[allow(deprecated)]
    impl GetUnmanagedAccessMethod {
        /// A request with its required parameters (`access_method_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(access_method_id: crate::Uuid) -> Self {
            GetUnmanagedAccessMethod { access_method_id }
        }
    }

    /// `GET /access_methods/unmanaged/list`: returns a list of [`UnmanagedAccessMethod`](crate::resources::UnmanagedAccessMethod) (under `access_methods`).
    ///
    /// See <https://docs.seam.co/api/access_methods/unmanaged/list>.
    #[crate::seam_endpoint(GET, "/access_methods/unmanaged/list", response = Vec<crate::resources::UnmanagedAccessMethod>, key = "access_methods")]
    #[non_exhaustive]
    pub struct ListUnmanagedAccessMethods {
        /// `access_grant_id`: an id (UUID) (required).
        pub access_grant_id: crate::Uuid,
        /// `acs_entrance_id`: an id (UUID) (optional).
        pub acs_entrance_id: Option<crate::Uuid>,
        /// `device_id`: an id (UUID) (optional).
        pub device_id: Option<crate::Uuid>,
        /// `space_id`: an id (UUID) (optional).
        pub space_id: Option<crate::Uuid>,
    }

    #[allow(deprecated)]
    impl ListUnmanagedAccessMethods {
        /// A request with its required parameters (`access_grant_id`); set the others with the setters.
        #[allow(clippy::too_many_arguments)]
        pub fn new(access_grant_id: crate::Uuid) -> Self {
            ListUnmanagedAccessMethods {
                access_grant_id,
                acs_entrance_id: None,
                device_id: None,
                space_id: None,
            }
        }
    }

    crate::setters::setters! {
        ListUnmanagedAccessMethods {
            /// Sets `acs_entrance_id`.
            plain acs_entrance_id: crate::Uuid,
            /// Sets `device_id`.
            plain device_id: crate::Uuid,
            /// Sets `space_id`.
            plain space_id: crate::Uuid,
        }
    }
}
