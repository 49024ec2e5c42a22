//! Exported classes of AS 0.18–0.19 modules, from their export names.
//!
//! `asc` 0.19 exports each member of an exported class as its own function
//! (see the compiler's `Program`/`Compiler` export naming, visible in any
//! 0.19 module's export section):
//!
//! ```text
//! Class                 global: the class's runtime type id
//! Class#constructor     (this: i32 = 0 to allocate, args...) -> i32 object
//! Class#method          (this: i32, args...) -> result
//! Class#get:field       (this: i32) -> value
//! Class#set:field       (this: i32, value)
//! Class.method          static method (args...) -> result
//! ```
//!
//! AS 0.20 and later do not export classes (warning AS235), so this list is
//! empty for their modules. A namespace's functions (`ns.fn`) look like
//! static methods; a name only counts as a class when it has instance
//! members or a class id global.

use std::collections::BTreeMap;

use wasmjit::{Extern, Func, Global, Instance, Store, Val};

/// One exported class and its members.
#[derive(Clone, Debug, Default)]
pub struct ClassInfo {
    /// The class name.
    pub name: String,
    /// The runtime type id, from the exported global named like the class.
    pub id: Option<u32>,
    /// `Class#constructor`: pass 0 as `this` to allocate a new object.
    pub constructor: Option<Func>,
    /// `Class#name` instance methods; the first parameter is `this`.
    pub methods: BTreeMap<String, Func>,
    /// `Class#get:name` field and property getters.
    pub getters: BTreeMap<String, Func>,
    /// `Class#set:name` field and property setters.
    pub setters: BTreeMap<String, Func>,
    /// `Class.name` static methods.
    pub static_methods: BTreeMap<String, Func>,
    /// `Class.name` static fields (exported globals).
    pub static_fields: BTreeMap<String, Global>,
}

impl ClassInfo {
    /// Names of the fields and properties (with a getter or a setter).
    pub fn properties(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self
            .getters
            .keys()
            .chain(self.setters.keys())
            .map(String::as_str)
            .collect();
        names.sort_unstable();
        names.dedup();
        names
    }
}

/// The classes among `instance`'s exports, sorted by name.
pub fn parse_classes(store: &Store, instance: Instance) -> Vec<ClassInfo> {
    let mut classes: BTreeMap<String, ClassInfo> = BTreeMap::new();
    let mut globals: BTreeMap<String, Global> = BTreeMap::new();
    for (name, ext) in instance.exports(store) {
        if let Some((class, member)) = name.split_once('#') {
            let c = classes
                .entry(class.to_string())
                .or_insert_with(|| ClassInfo {
                    name: class.to_string(),
                    ..ClassInfo::default()
                });
            let Extern::Func(f) = ext else { continue };
            if member == "constructor" {
                c.constructor = Some(f);
            } else if let Some(field) = member.strip_prefix("get:") {
                c.getters.insert(field.to_string(), f);
            } else if let Some(field) = member.strip_prefix("set:") {
                c.setters.insert(field.to_string(), f);
            } else {
                c.methods.insert(member.to_string(), f);
            }
        } else if let Extern::Global(g) = ext {
            globals.insert(name.to_string(), g);
        }
    }
    for (name, ext) in instance.exports(store) {
        let Some((class, member)) = name.split_once('.') else {
            continue;
        };
        if name.contains('#') {
            continue;
        }
        let known = classes.contains_key(class) || globals.contains_key(class);
        if !known {
            continue;
        }
        let c = classes
            .entry(class.to_string())
            .or_insert_with(|| ClassInfo {
                name: class.to_string(),
                ..ClassInfo::default()
            });
        match ext {
            Extern::Func(f) => {
                c.static_methods.insert(member.to_string(), f);
            }
            Extern::Global(g) => {
                c.static_fields.insert(member.to_string(), g);
            }
            _ => {}
        }
    }
    for c in classes.values_mut() {
        if let Some(g) = globals.get(&c.name) {
            if let Val::I32(id) = g.get(store) {
                c.id = Some(id as u32);
            }
        }
    }
    classes.into_values().collect()
}
