//! An endpoint with every option, declared as a user crate would, with no
//! dependency but `seamapi` for the request.
use seamapi::{Client, Endpoint, Error, Method, Nullable, ResponseShape, seam_endpoint};

#[derive(Debug, serde::Deserialize)]
pub struct Device {
    pub device_id: String,
}

fn check(request: &GetDevice) -> Result<(), Error> {
    if request.device_id.is_empty() {
        return Err(Error::invalid_parameter("device_id", "must not be empty"));
    }
    Ok(())
}

/// Documented like any struct.
#[seam_endpoint(POST, "/devices/get", response = Device, key = "device", validate = check)]
pub struct GetDevice {
    /// Which device.
    pub device_id: String,
    #[serde(rename = "name")]
    pub display_name: Option<String>,
    pub ends_at: Option<Nullable<String>>,
}

fn main() {
    assert_eq!(GetDevice::METHOD, Method::Post);
    assert_eq!(GetDevice::PATH, "/devices/get");
    assert_eq!(GetDevice::RESPONSE, ResponseShape::Key("device"));
    let request = GetDevice { device_id: String::new(), display_name: None, ends_at: None };
    let copy = request.clone();
    let _ = format!("{copy:?}");
    assert!(request.validate().is_err());
    let _: fn(&GetDevice, &Client) -> Result<Device, Error> = GetDevice::send;
}
