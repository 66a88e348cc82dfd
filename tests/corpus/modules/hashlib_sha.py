# hashlib: sha1 and sha256 through new() and the named constructors
import hashlib

for name in ("sha1", "sha256"):
    h = hashlib.new(name)
    print(h.hexdigest(), h.digest_size, h.block_size, h.name)
    h.update(b"Circuit")
    h.update(bytearray(b"Python"))
    print(h.hexdigest())
    print(h.digest() == hashlib.new(name, b"CircuitPython").digest(), len(h.digest()))
    c = h.copy()
    c.update(b"!")
    print(h.hexdigest() != c.hexdigest(), h.hexdigest() == hashlib.new(name, data=b"CircuitPython").hexdigest())

print(hashlib.sha1(b"abc").hexdigest())
print(hashlib.sha256(b"abc").hexdigest())
print(hashlib.sha256().hexdigest())
print(hashlib.sha256(memoryview(b"abc")).digest())
print(hashlib.sha256(b"a" * 1000).hexdigest())
print(hashlib.sha1(b"x" * 64).hexdigest(), hashlib.sha1(b"x" * 55).hexdigest())

for bad in [lambda: hashlib.sha256(5), lambda: hashlib.sha1().update(None), lambda: hashlib.new(3)]:
    try:
        bad()
    except TypeError:
        print("TypeError")
try:
    hashlib.new("nosuchhash")
except ValueError:
    print("ValueError")
# Names in any case, and the module still works after the errors above.
print(hashlib.new("SHA1", b"abc").hexdigest() == hashlib.sha1(b"abc").hexdigest(), hashlib.new("Sha256").name)
