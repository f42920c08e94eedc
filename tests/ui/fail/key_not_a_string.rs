use seamapi::seam_endpoint;

#[seam_endpoint(POST, "/devices/get", response = String, key = device)]
struct GetDevice {
    device_id: String,
}

fn main() {}
