use seamapi::seam_endpoint;

fn check(_: &GetDevice) -> bool {
    true
}

#[seam_endpoint(POST, "/devices/get", validate = check)]
struct GetDevice {
    device_id: String,
}

fn main() {}
