use seamapi::seam_endpoint;

#[seam_endpoint(FETCH, "devices", colour = "red")]
struct GetDevice {
    device_id: String,
}

fn main() {}
