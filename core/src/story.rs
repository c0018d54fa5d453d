//! Stories: a bundle's articles as a `feed`, in the `order`s a reader can
//! sort by, the articles that are one story (`cluster`), and the related
//! stories a card offers (`related`).

pub(crate) mod cluster;
pub(crate) mod feed;
pub(crate) mod order;
pub(crate) mod related;
