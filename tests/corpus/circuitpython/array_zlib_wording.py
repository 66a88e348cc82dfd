# CircuitPython's own behaviour for array, hashlib and zlib (hand-written: CPython differs)
import array
import hashlib
import zlib

# array: 'i' and 'l' are 4 bytes; out-of-range values and wrong item types
print(bytes(array.array("l", [1])), bytes(array.array("i", [-1])))
for bad in [lambda: array.array("B", [256]), lambda: array.array("h", [40000]), lambda: array.array("I", [-1]),
            lambda: array.array("i", ["x"]), lambda: array.array("f", [None]), lambda: array.array("x")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

# hashlib: str has the buffer protocol; unknown algorithms
print(hashlib.sha256("abc").hexdigest() == hashlib.sha256(b"abc").hexdigest())
try:
    hashlib.new("md4")
except ValueError as e:
    print("ValueError", e)

# zlib: a bytearray result, ValueError with uzlib's status code
print(zlib.decompress(b"x\x9c\xcbH\xcd\xc9\xc9\x07\x00\x06,\x02\x15"))
for data in [b"x\x9c\xcbH\xcd\xc9\xc9\x07\x00\x06,\x02\x16", b"garbage"]:
    try:
        zlib.decompress(data)
    except ValueError as e:
        print("ValueError", e.args)
