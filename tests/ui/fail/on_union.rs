use seamapi::seam_endpoint;

#[seam_endpoint(POST, "/devices/get")]
union GetDevice {
    id: u32,
    index: u64,
}

fn main() {}
