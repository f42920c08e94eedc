use seamapi::seam_endpoint;

#[seam_endpoint(POST, "/devices/get")]
#[derive(Debug, PartialEq, Clone)]
struct GetDevice {
    device_id: String,
}

fn main() {}
