//! What a widget holds, as plain types with no DOM code: the load of its
//! bundle, the reader's view and the feed's window (`Reducible` state
//! machines), the rows' measured heights, and the loaded feed they work on.

pub mod load;
pub mod loaded;
pub mod result_ids;
pub mod rows;
pub mod view;
pub mod window;
