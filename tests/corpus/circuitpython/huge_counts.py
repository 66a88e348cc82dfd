# flags: --heap 64k
# Counts and positions beyond 2**32 are errors or "all", never wrapped to small numbers (as an `as usize`
# cast would do on 32-bit WebAssembly), on both builds.
import io, os, random, re, struct, collections

def show(label, f):
    try:
        r = f()
        print(label, repr(r)[:40])
    except MemoryError:
        print(label, "MemoryError")  # the size in its message is capped on wasm32
    except Exception as e:
        print(label, type(e).__name__, e)

for n in (2**32, 2**32 + 1, 2**40):
    show("bytes", lambda: bytes(n))
    show("bytearray", lambda: bytearray(n))
    show("urandom", lambda: os.urandom(n))
    show("getrandbits", lambda: random.getrandbits(8 * n))
    show("unpack_from", lambda: struct.unpack_from("B", b"abc", n))
    show("group", lambda: re.match("a(b)", "ab").group(n))
    show("read", lambda: io.StringIO("abc").read(n))
    show("readb", lambda: io.BytesIO(b"abc").read(n))
    show("sub", lambda: re.sub("b", "x", "abcb", n))
    show("split", lambda: re.split("b", "abcbd", n))
d = collections.deque((), 2**32 + 1)
d.append(1)
d.append(2)
print(list(d))
print(bytes(3), len(bytearray(1000)), len(os.urandom(5)))
