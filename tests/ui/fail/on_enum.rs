use seamapi::seam_endpoint;

#[seam_endpoint(POST, "/devices/get")]
enum GetDevice {
    ById { device_id: String },
    ByName { name: String },
}

fn main() {}
