//! The Yew front end (wasm32 only): renders the session's view data and sends actions. No logic lives here.

mod app;
mod persist;

pub use app::App;
