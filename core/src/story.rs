//! Stories: a bundle's articles as a feed in the orders a reader can sort
//! by, the articles that are one story (clusters), and the related stories
//! a card offers.

pub(crate) mod cluster;
pub(crate) mod feed;
pub(crate) mod related;
