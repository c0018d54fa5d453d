//! Stories: a bundle's articles as a `feed`, in the `order`s a reader can
//! sort by, the articles that are one story (`cluster`, by address or by
//! `alike_titles`), the related stories a card offers (`related`), and the
//! one rule for which record of a page held twice is its newest (`newest`).

pub(crate) mod alike_titles;
pub(crate) mod cluster;
pub(crate) mod feed;
pub(crate) mod newest;
pub(crate) mod order;
pub(crate) mod related;
