//! Devices: locks, thermostats, sensors and the rest, as connected to Seam.

use serde::Deserialize;

use crate::setters::setters;
use crate::{Error, Page, PageResponse, Pagination, Timestamp, Uuid, seam_endpoint};

/// A device connected to Seam.
///
/// The fields every device has; what depends on the kind of device is in
/// [`properties`](Device::properties), as Seam sent it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[non_exhaustive]
pub struct Device {
    /// The device's id.
    pub device_id: Uuid,
    /// The kind of device, e.g. `"august_lock"`.
    pub device_type: String,
    /// The name shown for the device.
    pub display_name: String,
    /// Your own nickname for the device, if set.
    #[serde(default)]
    pub nickname: Option<String>,
    /// The workspace the device belongs to.
    pub workspace_id: Uuid,
    /// The connected account the device came through.
    pub connected_account_id: Uuid,
    /// What the device can do, e.g. `"lock"`, `"access_code"`.
    #[serde(default)]
    pub capabilities_supported: Vec<String>,
    /// Whether Seam manages the device.
    #[serde(default)]
    pub is_managed: bool,
    /// Whether the device can be unlocked remotely.
    #[serde(default)]
    pub can_remotely_unlock: Option<bool>,
    /// Whether the device can be locked remotely.
    #[serde(default)]
    pub can_remotely_lock: Option<bool>,
    /// When the device was added.
    pub created_at: Timestamp,
    /// The spaces the device is in.
    #[serde(default)]
    pub space_ids: Vec<Uuid>,
    /// Properties that depend on the kind of device (online, locked,
    /// battery, model, …).
    #[serde(default)]
    pub properties: serde_json::Map<String, serde_json::Value>,
    /// Your own metadata (string or boolean values).
    #[serde(default)]
    pub custom_metadata: serde_json::Map<String, serde_json::Value>,
    /// Problems affecting the device, as Seam sent them.
    #[serde(default)]
    pub errors: Vec<serde_json::Map<String, serde_json::Value>>,
    /// Warnings about the device, as Seam sent them.
    #[serde(default)]
    pub warnings: Vec<serde_json::Map<String, serde_json::Value>>,
}

/// `GET /devices/get`: one device.
///
/// See <https://docs.seam.co/api/devices/get>.
#[seam_endpoint(GET, "/devices/get", response = Device, key = "device")]
#[non_exhaustive]
pub struct GetDevice {
    /// Which device.
    pub device_id: Uuid,
}

impl GetDevice {
    /// The device with this id.
    pub fn new(device_id: Uuid) -> Self {
        GetDevice { device_id }
    }
}

/// A page of devices.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[non_exhaustive]
pub struct DeviceList {
    /// The devices of this page.
    pub devices: Vec<Device>,
    /// Where this page stands.
    #[serde(default)]
    pub pagination: Pagination,
}

impl PageResponse for DeviceList {
    type Item = Device;

    fn into_page(self) -> Page<Device> {
        Page {
            items: self.devices,
            pagination: self.pagination,
        }
    }
}

/// `GET /devices/list`: devices, filtered, one page at a time; walk every
/// page with [`Client::paginate`](crate::Client::paginate).
///
/// See <https://docs.seam.co/api/devices/list>.
#[seam_endpoint(GET, "/devices/list", response = DeviceList, paginated, validate = Self::check)]
#[derive(Default)]
#[non_exhaustive]
pub struct ListDevices {
    /// Only devices of this connected account.
    pub connected_account_id: Option<Uuid>,
    /// Only devices of these connected accounts.
    pub connected_account_ids: Option<Vec<Uuid>>,
    /// Only devices added through this Connect Webview.
    pub connect_webview_id: Option<Uuid>,
    /// Only devices created before this time.
    pub created_before: Option<Timestamp>,
    /// Only devices of this customer.
    pub customer_key: Option<String>,
    /// Only these devices.
    pub device_ids: Option<Vec<Uuid>>,
    /// Only devices of this kind, e.g. `"august_lock"`.
    pub device_type: Option<String>,
    /// Only devices of these kinds.
    pub device_types: Option<Vec<String>>,
    /// How many devices per page.
    pub limit: Option<u32>,
    /// Only devices of this manufacturer, e.g. `"august"`.
    pub manufacturer: Option<String>,
    /// The page to return: a previous page's `next_page_cursor`.
    pub page_cursor: Option<String>,
    /// Only devices whose name or id matches this text.
    pub search: Option<String>,
    /// Only devices in this space.
    pub space_id: Option<Uuid>,
    /// Only devices of the client session with this user identifier key.
    pub user_identifier_key: Option<String>,
}

impl ListDevices {
    /// Every device (no filter).
    pub fn new() -> Self {
        ListDevices::default()
    }

    fn check(&self) -> Result<(), Error> {
        if self.limit == Some(0) {
            return Err(Error::invalid_parameter("limit", "must be at least 1"));
        }
        Ok(())
    }
}

setters! {
    ListDevices {
        /// Only devices of this connected account.
        value connected_account_id: Uuid,
        /// Only devices of these connected accounts.
        list connected_account_ids: Uuid,
        /// Only devices added through this Connect Webview.
        value connect_webview_id: Uuid,
        /// Only devices created before this time.
        value created_before: Timestamp,
        /// Only devices of this customer.
        value customer_key: String,
        /// Only these devices.
        list device_ids: Uuid,
        /// Only devices of this kind.
        value device_type: String,
        /// Only devices of these kinds.
        list device_types: String,
        /// How many devices per page.
        plain limit: u32,
        /// Only devices of this manufacturer.
        value manufacturer: String,
        /// The page to return: a previous page's `next_page_cursor`.
        value page_cursor: String,
        /// Only devices whose name or id matches this text.
        value search: String,
        /// Only devices in this space.
        value space_id: Uuid,
        /// Only devices of the client session with this user identifier key.
        value user_identifier_key: String,
    }
}
