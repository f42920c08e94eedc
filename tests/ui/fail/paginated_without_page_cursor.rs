use seamapi::seam_endpoint;

#[derive(Debug, serde::Deserialize)]
struct DeviceList {
    devices: Vec<String>,
}

#[seam_endpoint(GET, "/devices/list", response = DeviceList, paginated)]
struct ListDevices {
    limit: Option<u32>,
}

fn main() {}
