//! Identity of the Rust types the VM holds type-erased (native classes' states, host extensions), for getting
//! the concrete type back. std's `Any` does the same with a 16-byte `TypeId` per type, compared as two 64-bit
//! constants at every downcast: random, incompressible bytes that cost the WebAssembly module about 1.3 KB
//! gzipped. A key here is the address of a static byte that `keyed_type!` makes for each type, so it compares
//! as one small constant.

use std::ptr;

/// The identity of one type: the address of a static owned by that type's `Keyed` impl.
#[derive(Clone, Copy)]
pub struct TypeKey(pub &'static u8);

impl PartialEq for TypeKey {
    fn eq(&self, other: &Self) -> bool {
        // By address: every key's byte holds the same value.
        ptr::eq(self.0, other.0)
    }
}

/// A type with a key of its own.
///
/// # Safety
/// `KEY` must belong to this type alone, or `downcast` would reinterpret one type as another: implement it only
/// through `keyed_type!`, which gives each type a fresh static.
pub unsafe trait Keyed: 'static {
    const KEY: TypeKey;
}

/// Object-safe face of `Keyed`: a type-erased value tells its key.
pub trait HasKey: 'static {
    fn key(&self) -> TypeKey;
}

impl<T: Keyed> HasKey for T {
    fn key(&self) -> TypeKey {
        T::KEY
    }
}

/// Gives each listed type its own key.
#[macro_export]
macro_rules! keyed_type {
    ($($t:ty),+ $(,)?) => {$(
        // SAFETY: the static is made here for this type alone, and distinct statics have distinct addresses.
        unsafe impl $crate::type_key::Keyed for $t {
            const KEY: $crate::type_key::TypeKey = {
                static KEY: u8 = 0;
                $crate::type_key::TypeKey(&KEY)
            };
        }
    )+};
}

/// `value` as a `T`, when it is one.
pub fn downcast_ref<T: Keyed>(value: &dyn HasKey) -> Option<&T> {
    // SAFETY: only `T` has `T::KEY` (the contract of `Keyed`), so the value behind the pointer is a `T`.
    (value.key() == T::KEY).then(|| unsafe { &*(value as *const dyn HasKey as *const T) })
}

pub fn downcast_mut<T: Keyed>(value: &mut dyn HasKey) -> Option<&mut T> {
    // SAFETY: as in `downcast_ref`.
    (value.key() == T::KEY).then(|| unsafe { &mut *(value as *mut dyn HasKey as *mut T) })
}

#[cfg(test)]
mod tests {
    use super::*;

    struct A(u32);
    struct B(u32);
    keyed_type!(A, B);

    #[test]
    fn keys_tell_types_apart() {
        assert!(A::KEY == A::KEY);
        assert!(A::KEY != B::KEY);
        let mut a = A(7);
        assert!(downcast_ref::<B>(&a).is_none());
        assert_eq!(downcast_ref::<A>(&a).map(|a| a.0), Some(7));
        downcast_mut::<A>(&mut a).unwrap().0 = 8;
        assert!(downcast_mut::<B>(&mut a).is_none());
        assert_eq!(a.0, 8);
        // Same layout, other type.
        let b = B(9);
        assert!(downcast_ref::<A>(&b).is_none());
        assert_eq!(downcast_ref::<B>(&b).map(|b| b.0), Some(9));
    }
}
