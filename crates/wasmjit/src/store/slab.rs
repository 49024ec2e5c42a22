//! `Slab`: the store's arrays of runtime objects, indexed by handle, whose
//! slots are freed by [`crate::Store::collect`] and reused by later objects.

use std::ops::{Index, IndexMut};

/// Objects by index; a removed object's index is reused by a later `push`
/// (last freed first).
pub(crate) struct Slab<T> {
    slots: Vec<Option<T>>,
    free: Vec<u32>,
    /// Slots occupied.
    live: usize,
}

impl<T> Default for Slab<T> {
    fn default() -> Self {
        Slab {
            slots: Vec::new(),
            free: Vec::new(),
            live: 0,
        }
    }
}

impl<T> Slab<T> {
    /// The index the next [`Slab::push`] uses.
    pub fn next_index(&self) -> u32 {
        match self.free.last() {
            Some(&i) => i,
            None => self.slots.len() as u32,
        }
    }

    /// Stores `value`; returns its index ([`Slab::next_index`] before the
    /// call).
    pub fn push(&mut self, value: T) -> u32 {
        self.live += 1;
        match self.free.pop() {
            Some(i) => {
                self.slots[i as usize] = Some(value);
                i
            }
            None => {
                self.slots.push(Some(value));
                self.slots.len() as u32 - 1
            }
        }
    }

    /// Takes the object at `i` out, freeing its index.
    pub fn remove(&mut self, i: u32) -> Option<T> {
        let v = self.slots.get_mut(i as usize)?.take()?;
        self.live -= 1;
        self.free.push(i);
        Some(v)
    }

    /// The object at `i`, if that slot is occupied.
    pub fn get(&self, i: u32) -> Option<&T> {
        self.slots.get(i as usize)?.as_ref()
    }

    /// One past the highest index in use or freed (the size of a table of
    /// marks over the slots).
    pub fn end(&self) -> usize {
        self.slots.len()
    }

    /// Number of objects stored.
    pub fn len(&self) -> usize {
        self.live
    }

    /// The live objects at two different indices, both writable.
    ///
    /// # Panics
    /// When `i == j` or either slot is empty.
    pub fn pair_mut(&mut self, i: usize, j: usize) -> (&mut T, &mut T) {
        match self.slots.get_disjoint_mut([i, j]) {
            Ok([Some(a), Some(b)]) => (a, b),
            _ => panic!("handles {i} and {j} name no two live objects of their store"),
        }
    }
}

impl<T> Index<usize> for Slab<T> {
    type Output = T;
    fn index(&self, i: usize) -> &T {
        match self.slots.get(i) {
            Some(Some(v)) => v,
            _ => panic!("handle {i} names no live object of its store (freed by Store::collect)"),
        }
    }
}

impl<T> IndexMut<usize> for Slab<T> {
    fn index_mut(&mut self, i: usize) -> &mut T {
        match self.slots.get_mut(i) {
            Some(Some(v)) => v,
            _ => panic!("handle {i} names no live object of its store (freed by Store::collect)"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Slab;

    #[test]
    fn freed_indices_are_reused_last_first() {
        let mut s = Slab::default();
        assert_eq!((s.push('a'), s.push('b'), s.push('c')), (0, 1, 2));
        assert_eq!(s.remove(0), Some('a'));
        assert_eq!(s.remove(2), Some('c'));
        assert_eq!(s.remove(2), None);
        assert_eq!((s.len(), s.end()), (1, 3));
        assert_eq!(s.next_index(), 2);
        assert_eq!(s.push('d'), 2);
        assert_eq!(s.push('e'), 0);
        assert_eq!((s[0], s[1], s[2]), ('e', 'b', 'd'));
    }
}
