use seamapi::seam_endpoint;

#[seam_endpoint(GET, "/devices/{device_id}")]
struct GetDevice {
    device_id: String,
}

fn main() {}
