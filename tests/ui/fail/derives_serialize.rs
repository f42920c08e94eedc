use seamapi::seam_endpoint;

#[seam_endpoint(POST, "/devices/get")]
#[derive(serde::Serialize)]
struct GetDevice {
    device_id: String,
}

fn main() {}
