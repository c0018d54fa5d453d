//! A value `JSON.parse` made, as a JSON value, read with `Reflect`.

use js_sys::{Array, Object, Reflect};
use serde_json::{Map, Number, Value};
use wasm_bindgen::{JsCast, JsValue};

/// Integers JavaScript holds exactly, read as integers as serde-wasm-bindgen
/// reads them; other numbers are floats.
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

pub fn value_of(js: &JsValue) -> Value {
    // Text first: most of a record is.
    if let Some(text) = js.as_string() {
        return Value::String(text);
    }
    if js.is_object() {
        if Array::is_array(js) {
            let list: &Array = js.unchecked_ref();
            return Value::Array(list.iter().map(|item| value_of(&item)).collect());
        }
        let object: &Object = js.unchecked_ref();
        let keys = Object::keys(object);
        let fields = keys.iter().map(|key| {
            let value = Reflect::get(object, &key).unwrap_or(JsValue::NULL);
            (key.as_string().unwrap_or_default(), value_of(&value))
        });
        return Value::Object(fields.collect::<Map<_, _>>());
    }
    if let Some(n) = js.as_f64() {
        return if n.fract() == 0.0 && n.abs() <= MAX_SAFE_INTEGER {
            Value::from(n as i64)
        } else {
            Number::from_f64(n).map_or(Value::Null, Value::Number)
        };
    }
    js.as_bool().map_or(Value::Null, Value::Bool)
}
