//! One function component per file.

pub mod app;
pub mod card;
pub mod card_image;
pub mod feed;
pub mod load_error;
pub mod provider_logo;
pub mod skeleton_card;
