//! The `spaces` endpoints of the Seam API.
//!
//! Generated from Seam's OpenAPI document by `seamapi-codegen`: do not edit.

pub use crate::resources::{Batch3, Space};

/// `POST /spaces/add_acs_entrances`: returns nothing but success.
///
/// See <https://docs.seam.co/api/spaces/add_acs_entrances>.
#[crate::seam_endpoint(POST, "/spaces/add_acs_entrances")]
#[non_exhaustive]
pub struct AddAcsEntrances {
    /// `acs_entrance_ids`: a list of id (UUID) (required).
    pub acs_entrance_ids: Vec<crate::Uuid>,
    /// `space_id`: an id (UUID) (required).
    pub space_id: crate::Uuid,
}

#[allow(deprecated)]
impl AddAcsEntrances {
    /// A request with its required parameters (`acs_entrance_ids`, `space_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        acs_entrance_ids: impl IntoIterator<Item = impl Into<crate::Uuid>>,
        space_id: crate::Uuid,
    ) -> Self {
        AddAcsEntrances {
            acs_entrance_ids: acs_entrance_ids.into_iter().map(Into::into).collect(),
            space_id,
        }
    }
}

/// `POST /spaces/add_connected_account`: returns nothing but success.
///
/// See <https://docs.seam.co/api/spaces/add_connected_account>.
#[crate::seam_endpoint(POST, "/spaces/add_connected_account")]
#[non_exhaustive]
pub struct AddConnectedAccount {
    /// `connected_account_id`: an id (UUID) (required).
    pub connected_account_id: crate::Uuid,
    /// `space_id`: an id (UUID) (required).
    pub space_id: crate::Uuid,
}

#[allow(deprecated)]
impl AddConnectedAccount {
    /// A request with its required parameters (`connected_account_id`, `space_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(connected_account_id: crate::Uuid, space_id: crate::Uuid) -> Self {
        AddConnectedAccount {
            connected_account_id,
            space_id,
        }
    }
}

/// `POST /spaces/add_devices`: returns nothing but success.
///
/// See <https://docs.seam.co/api/spaces/add_devices>.
#[crate::seam_endpoint(POST, "/spaces/add_devices")]
#[non_exhaustive]
pub struct AddDevices {
    /// `device_ids`: a list of id (UUID) (required).
    pub device_ids: Vec<crate::Uuid>,
    /// `space_id`: an id (UUID) (required).
    pub space_id: crate::Uuid,
}

#[allow(deprecated)]
impl AddDevices {
    /// A request with its required parameters (`device_ids`, `space_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        device_ids: impl IntoIterator<Item = impl Into<crate::Uuid>>,
        space_id: crate::Uuid,
    ) -> Self {
        AddDevices {
            device_ids: device_ids.into_iter().map(Into::into).collect(),
            space_id,
        }
    }
}

/// `POST /spaces/create`: returns [`Space`](crate::resources::Space) (under `space`).
///
/// See <https://docs.seam.co/api/spaces/create>.
#[crate::seam_endpoint(POST, "/spaces/create", response = crate::resources::Space, key = "space")]
#[non_exhaustive]
pub struct CreateSpace {
    /// `name`: a string (required).
    pub name: String,
    /// `acs_entrance_ids`: a list of id (UUID) (optional).
    pub acs_entrance_ids: Option<Vec<crate::Uuid>>,
    /// `connected_account_ids`: a list of id (UUID) (optional).
    pub connected_account_ids: Option<Vec<crate::Uuid>>,
    /// `customer_data`: a [`CreateSpaceCustomerData`] (optional).
    pub customer_data: Option<CreateSpaceCustomerData>,
    /// `customer_key`: a string (optional).
    pub customer_key: Option<String>,
    /// `device_ids`: a list of id (UUID) (optional).
    pub device_ids: Option<Vec<crate::Uuid>>,
    /// `space_key`: a string (optional).
    pub space_key: Option<String>,
}

#[allow(deprecated)]
impl CreateSpace {
    /// A request with its required parameters (`name`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(name: impl Into<String>) -> Self {
        CreateSpace {
            name: name.into(),
            acs_entrance_ids: None,
            connected_account_ids: None,
            customer_data: None,
            customer_key: None,
            device_ids: None,
            space_key: None,
        }
    }
}

crate::setters::setters! {
    CreateSpace {
        /// Sets `acs_entrance_ids`.
        list acs_entrance_ids: crate::Uuid,
        /// Sets `connected_account_ids`.
        list connected_account_ids: crate::Uuid,
        /// Sets `customer_data`.
        value customer_data: CreateSpaceCustomerData,
        /// Sets `customer_key`.
        value customer_key: String,
        /// Sets `device_ids`.
        list device_ids: crate::Uuid,
        /// Sets `space_key`.
        value space_key: String,
    }
}

/// `POST /spaces/delete`: returns nothing but success.
///
/// See <https://docs.seam.co/api/spaces/delete>.
#[crate::seam_endpoint(POST, "/spaces/delete")]
#[non_exhaustive]
pub struct DeleteSpace {
    /// `space_id`: an id (UUID) (required).
    pub space_id: crate::Uuid,
}

#[allow(deprecated)]
impl DeleteSpace {
    /// A request with its required parameters (`space_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(space_id: crate::Uuid) -> Self {
        DeleteSpace { space_id }
    }
}

/// `POST /spaces/get`: returns [`Space`](crate::resources::Space) (under `space`).
///
/// See <https://docs.seam.co/api/spaces/get>.
#[crate::seam_endpoint(POST, "/spaces/get", response = crate::resources::Space, key = "space")]
#[non_exhaustive]
pub struct GetSpace {
    /// Which one of `space_id`, `space_key` to send.
    #[serde(flatten)]
    pub space: GetSpaceSpace,
}

#[allow(deprecated)]
impl GetSpace {
    /// A request with its required parameters (`space`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(space: impl Into<GetSpaceSpace>) -> Self {
        GetSpace {
            space: space.into(),
        }
    }
}

/// `GET /spaces/get_related`: returns [`Batch3`](crate::resources::Batch3) (under `batch`).
///
/// See <https://docs.seam.co/api/spaces/get_related>.
#[crate::seam_endpoint(GET, "/spaces/get_related", response = crate::resources::Batch3, key = "batch")]
#[derive(Default)]
#[non_exhaustive]
pub struct GetRelated {
    /// `exclude`: a list of [`GetRelatedExclude`] (optional).
    pub exclude: Option<Vec<GetRelatedExclude>>,
    /// `include`: a list of [`GetRelatedInclude`] (optional).
    pub include: Option<Vec<GetRelatedInclude>>,
    /// `space_ids`: a list of id (UUID) (optional).
    pub space_ids: Option<Vec<crate::Uuid>>,
    /// `space_keys`: a list of string (optional).
    pub space_keys: Option<Vec<String>>,
}

#[allow(deprecated)]
impl GetRelated {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        GetRelated {
            exclude: None,
            include: None,
            space_ids: None,
            space_keys: None,
        }
    }
}

crate::setters::setters! {
    GetRelated {
        /// Sets `exclude`.
        list exclude: GetRelatedExclude,
        /// Sets `include`.
        list include: GetRelatedInclude,
        /// Sets `space_ids`.
        list space_ids: crate::Uuid,
        /// Sets `space_keys`.
        list space_keys: String,
    }
}

/// `GET /spaces/list`: returns one page of [`Space`](crate::resources::Space) (under `spaces`); walk every page with [`Client::paginate`](crate::Client::paginate).
///
/// See <https://docs.seam.co/api/spaces/list>.
#[crate::seam_endpoint(GET, "/spaces/list", response = ListSpacesPage, paginated)]
#[derive(Default)]
#[non_exhaustive]
pub struct ListSpaces {
    /// `connected_account_id`: an id (UUID) (optional).
    pub connected_account_id: Option<crate::Uuid>,
    /// `customer_key`: a string (optional).
    pub customer_key: Option<String>,
    /// `limit`: an integer (optional).
    pub limit: Option<u32>,
    /// `page_cursor`: a string (optional, may be null).
    pub page_cursor: Option<String>,
    /// `parent_space_id`: an id (UUID) (optional).
    pub parent_space_id: Option<crate::Uuid>,
    /// `parent_space_key`: a string (optional).
    pub parent_space_key: Option<String>,
    /// `search`: a string (optional).
    pub search: Option<String>,
    /// `space_key`: a string (optional).
    pub space_key: Option<String>,
}

#[allow(deprecated)]
impl ListSpaces {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        ListSpaces {
            connected_account_id: None,
            customer_key: None,
            limit: None,
            page_cursor: None,
            parent_space_id: None,
            parent_space_key: None,
            search: None,
            space_key: None,
        }
    }
}

crate::setters::setters! {
    ListSpaces {
        /// Sets `connected_account_id`.
        plain connected_account_id: crate::Uuid,
        /// Sets `customer_key`.
        value customer_key: String,
        /// Sets `limit`.
        plain limit: u32,
        /// Sets `page_cursor`.
        value page_cursor: String,
        /// Sets `parent_space_id`.
        plain parent_space_id: crate::Uuid,
        /// Sets `parent_space_key`.
        value parent_space_key: String,
        /// Sets `search`.
        value search: String,
        /// Sets `space_key`.
        value space_key: String,
    }
}

/// One page of `spaces`.
#[derive(Debug, Clone, PartialEq, ::serde::Deserialize, ::serde::Serialize)]
#[non_exhaustive]
pub struct ListSpacesPage {
    /// The items of this page.
    pub spaces: Vec<crate::resources::Space>,
    /// Where this page stands.
    #[serde(default)]
    pub pagination: crate::Pagination,
}

impl crate::PageResponse for ListSpacesPage {
    type Item = crate::resources::Space;

    fn into_page(self) -> crate::Page<crate::resources::Space> {
        crate::Page {
            items: self.spaces,
            pagination: self.pagination,
        }
    }
}

/// `POST /spaces/remove_acs_entrances`: returns nothing but success.
///
/// See <https://docs.seam.co/api/spaces/remove_acs_entrances>.
#[crate::seam_endpoint(POST, "/spaces/remove_acs_entrances")]
#[non_exhaustive]
pub struct RemoveAcsEntrances {
    /// `acs_entrance_ids`: a list of id (UUID) (required).
    pub acs_entrance_ids: Vec<crate::Uuid>,
    /// `space_id`: an id (UUID) (required).
    pub space_id: crate::Uuid,
}

#[allow(deprecated)]
impl RemoveAcsEntrances {
    /// A request with its required parameters (`acs_entrance_ids`, `space_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        acs_entrance_ids: impl IntoIterator<Item = impl Into<crate::Uuid>>,
        space_id: crate::Uuid,
    ) -> Self {
        RemoveAcsEntrances {
            acs_entrance_ids: acs_entrance_ids.into_iter().map(Into::into).collect(),
            space_id,
        }
    }
}

/// `POST /spaces/remove_connected_account`: returns nothing but success.
///
/// See <https://docs.seam.co/api/spaces/remove_connected_account>.
#[crate::seam_endpoint(POST, "/spaces/remove_connected_account")]
#[non_exhaustive]
pub struct RemoveConnectedAccount {
    /// `connected_account_id`: an id (UUID) (required).
    pub connected_account_id: crate::Uuid,
    /// `space_id`: an id (UUID) (required).
    pub space_id: crate::Uuid,
}

#[allow(deprecated)]
impl RemoveConnectedAccount {
    /// A request with its required parameters (`connected_account_id`, `space_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(connected_account_id: crate::Uuid, space_id: crate::Uuid) -> Self {
        RemoveConnectedAccount {
            connected_account_id,
            space_id,
        }
    }
}

/// `POST /spaces/remove_devices`: returns nothing but success.
///
/// See <https://docs.seam.co/api/spaces/remove_devices>.
#[crate::seam_endpoint(POST, "/spaces/remove_devices")]
#[non_exhaustive]
pub struct RemoveDevices {
    /// `device_ids`: a list of id (UUID) (required).
    pub device_ids: Vec<crate::Uuid>,
    /// `space_id`: an id (UUID) (required).
    pub space_id: crate::Uuid,
}

#[allow(deprecated)]
impl RemoveDevices {
    /// A request with its required parameters (`device_ids`, `space_id`); set the others with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        device_ids: impl IntoIterator<Item = impl Into<crate::Uuid>>,
        space_id: crate::Uuid,
    ) -> Self {
        RemoveDevices {
            device_ids: device_ids.into_iter().map(Into::into).collect(),
            space_id,
        }
    }
}

/// `POST /spaces/update`: returns [`Space`](crate::resources::Space) (under `space`).
///
/// See <https://docs.seam.co/api/spaces/update>.
#[crate::seam_endpoint(POST, "/spaces/update", response = crate::resources::Space, key = "space")]
#[derive(Default)]
#[non_exhaustive]
pub struct UpdateSpace {
    /// `acs_entrance_ids`: a list of id (UUID) (optional).
    pub acs_entrance_ids: Option<Vec<crate::Uuid>>,
    /// `customer_data`: a [`UpdateSpaceCustomerData`] (optional).
    pub customer_data: Option<UpdateSpaceCustomerData>,
    /// `device_ids`: a list of id (UUID) (optional).
    pub device_ids: Option<Vec<crate::Uuid>>,
    /// `name`: a string (optional).
    pub name: Option<String>,
    /// `parent_space_id`: an id (UUID) (optional).
    pub parent_space_id: Option<crate::Uuid>,
    /// `parent_space_key`: a string (optional).
    pub parent_space_key: Option<String>,
    /// `space_id`: an id (UUID) (optional).
    pub space_id: Option<crate::Uuid>,
    /// `space_key`: a string (optional).
    pub space_key: Option<String>,
}

#[allow(deprecated)]
impl UpdateSpace {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        UpdateSpace {
            acs_entrance_ids: None,
            customer_data: None,
            device_ids: None,
            name: None,
            parent_space_id: None,
            parent_space_key: None,
            space_id: None,
            space_key: None,
        }
    }
}

crate::setters::setters! {
    UpdateSpace {
        /// Sets `acs_entrance_ids`.
        list acs_entrance_ids: crate::Uuid,
        /// Sets `customer_data`.
        value customer_data: UpdateSpaceCustomerData,
        /// Sets `device_ids`.
        list device_ids: crate::Uuid,
        /// Sets `name`.
        value name: String,
        /// Sets `parent_space_id`.
        plain parent_space_id: crate::Uuid,
        /// Sets `parent_space_key`.
        value parent_space_key: String,
        /// Sets `space_id`.
        plain space_id: crate::Uuid,
        /// Sets `space_key`.
        value space_key: String,
    }
}

/// The `create_space_customer_data` object.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateSpaceCustomerData {
    /// `address`: a string (optional, may be null).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<crate::Nullable<String>>,
    /// `default_checkin_time`: a string (optional, may be null).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_checkin_time: Option<crate::Nullable<String>>,
    /// `default_checkout_time`: a string (optional, may be null).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_checkout_time: Option<crate::Nullable<String>>,
    /// `time_zone`: a string (optional, may be null).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<crate::Nullable<String>>,
}

#[allow(deprecated)]
impl CreateSpaceCustomerData {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        CreateSpaceCustomerData {
            address: None,
            default_checkin_time: None,
            default_checkout_time: None,
            time_zone: None,
        }
    }
}

crate::setters::setters! {
    CreateSpaceCustomerData {
        /// Sets `address`.
        nullable address: String,
        /// Sets `default_checkin_time`.
        nullable default_checkin_time: String,
        /// Sets `default_checkout_time`.
        nullable default_checkout_time: String,
        /// Sets `time_zone`.
        nullable time_zone: String,
    }
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
        /// `connected_accounts`.
        ConnectedAccounts => "connected_accounts",
        /// `acs_systems`.
        AcsSystems => "acs_systems",
        /// `access_methods`.
        AccessMethods => "access_methods",
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
        /// `connected_accounts`.
        ConnectedAccounts => "connected_accounts",
        /// `acs_systems`.
        AcsSystems => "acs_systems",
        /// `access_methods`.
        AccessMethods => "access_methods",
    }
}

/// The `get_space_space` object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub enum GetSpaceSpace {
    /// By `space_id`.
    #[serde(rename = "space_id")]
    SpaceId(crate::Uuid),
    /// By `space_key`.
    #[serde(rename = "space_key")]
    SpaceKey(String),
}

impl From<crate::Uuid> for GetSpaceSpace {
    fn from(value: crate::Uuid) -> Self {
        GetSpaceSpace::SpaceId(value)
    }
}

impl From<String> for GetSpaceSpace {
    fn from(value: String) -> Self {
        GetSpaceSpace::SpaceKey(value)
    }
}

impl From<&str> for GetSpaceSpace {
    fn from(value: &str) -> Self {
        GetSpaceSpace::SpaceKey(value.to_owned())
    }
}

/// The `update_space_customer_data` object.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct UpdateSpaceCustomerData {
    /// `address`: a string (optional, may be null).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<crate::Nullable<String>>,
    /// `default_checkin_time`: a string (optional, may be null).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_checkin_time: Option<crate::Nullable<String>>,
    /// `default_checkout_time`: a string (optional, may be null).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_checkout_time: Option<crate::Nullable<String>>,
    /// `time_zone`: a string (optional, may be null).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<crate::Nullable<String>>,
}

#[allow(deprecated)]
impl UpdateSpaceCustomerData {
    /// A request with no parameter set yet; set them with the setters.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        UpdateSpaceCustomerData {
            address: None,
            default_checkin_time: None,
            default_checkout_time: None,
            time_zone: None,
        }
    }
}

crate::setters::setters! {
    UpdateSpaceCustomerData {
        /// Sets `address`.
        nullable address: String,
        /// Sets `default_checkin_time`.
        nullable default_checkin_time: String,
        /// Sets `default_checkout_time`.
        nullable default_checkout_time: String,
        /// Sets `time_zone`.
        nullable time_zone: String,
    }
}
