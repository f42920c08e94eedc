use seamapi::seam_endpoint;

#[seam_endpoint(POST, "/devices/get", respnose = String)]
struct GetDevice {
    device_id: String,
}

fn main() {}
