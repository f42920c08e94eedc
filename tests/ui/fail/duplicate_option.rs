use seamapi::seam_endpoint;

#[seam_endpoint(POST, "/devices/get", response = String, key = "device", key = "device")]
struct GetDevice {
    device_id: String,
}

fn main() {}
