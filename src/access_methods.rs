//! Access methods: the PIN codes, cards and mobile keys an access grant
//! creates.

use serde::Deserialize;

use crate::setters::setters;
use crate::{Error, Uuid, seam_endpoint, validate};

pub use crate::access_grants::{AccessMode, AccessTimes, DeviceConfiguration};
pub use crate::models::access_method::*;
pub use crate::models::related::AccessMethodRelated;

/// `GET /access_methods/get`: one access method.
///
/// See <https://docs.seam.co/api/access_methods/get>.
#[seam_endpoint(GET, "/access_methods/get", response = AccessMethod, key = "access_method")]
#[non_exhaustive]
pub struct GetAccessMethod {
    /// Which access method.
    pub access_method_id: Uuid,
}

impl GetAccessMethod {
    /// The access method with this id.
    pub fn new(access_method_id: Uuid) -> Self {
        GetAccessMethod { access_method_id }
    }
}

/// The access methods `access_methods/list` returns.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[non_exhaustive]
pub struct AccessMethodList {
    /// The access methods.
    pub access_methods: Vec<AccessMethod>,
}

/// `GET /access_methods/list`: the access methods of a grant, device,
/// entrance, space or access code.
///
/// See <https://docs.seam.co/api/access_methods/list>.
#[seam_endpoint(GET, "/access_methods/list", response = AccessMethodList, validate = Self::check)]
#[derive(Default)]
#[non_exhaustive]
pub struct ListAccessMethods {
    /// Only the methods of this grant, by id.
    pub access_grant_id: Option<Uuid>,
    /// Only the methods of this grant, by key.
    pub access_grant_key: Option<String>,
    /// Only the methods of this access code.
    pub access_code_id: Option<Uuid>,
    /// Only the methods for this entrance.
    pub acs_entrance_id: Option<Uuid>,
    /// Only the methods for this device.
    pub device_id: Option<Uuid>,
    /// Only the methods for this space.
    pub space_id: Option<Uuid>,
}

impl ListAccessMethods {
    /// The access methods of the grant with this id.
    pub fn for_access_grant(access_grant_id: Uuid) -> Self {
        ListAccessMethods::default().access_grant_id(access_grant_id)
    }

    /// Access methods with no filter set yet.
    pub fn new() -> Self {
        ListAccessMethods::default()
    }

    fn check(&self) -> Result<(), Error> {
        match &self.access_grant_key {
            Some(key) => validate::non_empty(|| "access_grant_key".into(), key),
            None => Ok(()),
        }
    }
}

setters! {
    ListAccessMethods {
        /// Only the methods of this grant, by id.
        value access_grant_id: Uuid,
        /// Only the methods of this grant, by key.
        value access_grant_key: String,
        /// Only the methods of this access code.
        value access_code_id: Uuid,
        /// Only the methods for this entrance.
        value acs_entrance_id: Uuid,
        /// Only the methods for this device.
        value device_id: Uuid,
        /// Only the methods for this space.
        value space_id: Uuid,
    }
}
