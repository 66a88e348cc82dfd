# Ints too big for a size or count argument: OverflowError (a byte value: ValueError), never IndexError or
# a claim that an int isn't an int; the runtime goes on. (Exception types only: the messages are each
# implementation's own.)
class Long:
    def __len__(self):
        return 2**64


cases = [
    lambda: "x".ljust(2**64), lambda: "x".zfill(-(2**64)), lambda: (1).to_bytes(2**64, "big"),
    lambda: "ab".expandtabs(2**64), lambda: bytes(10**20), lambda: bytearray(-(10**20)),
    lambda: bytearray(b"xy").append(10**20), lambda: bytearray(b"xy").append(-1), lambda: len(Long()),
    lambda: "ab".center(2**70), lambda: bytearray(2**65),
]
for f in cases:
    try:
        print(repr(f())[:20])
    except Exception as e:
        print(type(e).__name__)
print(bytes(3), bytearray(2), len("x".ljust(5)))
