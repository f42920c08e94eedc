use seamapi::seam_endpoint;

#[seam_endpoint(POST, "/devices/get", key = "device")]
struct GetDevice {
    device_id: String,
}

fn main() {}
