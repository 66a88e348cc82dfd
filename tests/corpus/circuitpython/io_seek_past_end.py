# Writing after a seek past the end zero-fills the gap; a gap larger than the heap is a MemoryError (it
# asked the host for the whole gap first and aborted the process).
import io

b = io.BytesIO(b"ab")
b.seek(5)
print(b.write(b"x"), b.getvalue())
s = io.StringIO("ab")
s.seek(4)
s.write("y")
print(repr(s.getvalue()))
for make, data in ((io.BytesIO, b"x"), (io.StringIO, "x")):
    f = make()
    f.seek(10**9)
    try:
        f.write(data)
        print("no error")
    except MemoryError:
        print(make.__name__, "MemoryError")
with open("seek_gap.bin", "wb") as f:
    f.seek(10**9)
    try:
        f.write(b"x")
    except MemoryError:
        print("file MemoryError")
import os

os.remove("seek_gap.bin")
print("done")
