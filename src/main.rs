//! The binary Trunk builds: it only mounts the app.

fn main() {
    seams::start();
}
