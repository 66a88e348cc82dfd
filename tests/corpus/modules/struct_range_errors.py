# struct: an int outside its field's range is an OverflowError naming the field's bounds, for every size and
# signedness (the widest bounds, of 'q' and 'Q', included).
import struct

for code in "bBhHiIlLqQ":
    for fmt in (code, "<" + code, ">" + code):
        for v in (-(2**64), -(2**63) - 1, -(2**31) - 1, -129, -1, 256, 2**16, 2**32, 2**63, 2**64):
            try:
                struct.pack(fmt, v)
            except OverflowError as e:
                print(fmt, v, e)
print(struct.pack("<q", -(2**63)), struct.pack("<Q", 2**64 - 1), struct.pack("b", -128), struct.pack("B", 255))
