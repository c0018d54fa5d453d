//! One function component per file: the parts that keep state of their own.
//! Everything drawn from what it is given alone is a function in `views`.

pub mod app;
pub mod card;
pub mod deck;
pub mod feed_view;
