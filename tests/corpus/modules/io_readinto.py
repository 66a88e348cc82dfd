# readinto on binary files and BytesIO (adafruit_imageload reads BMP rows with file.readinto): fills a
# bytearray, a memoryview slice of one or an array from the position, answers the count, 0 at the end.
import array
import io
import os

name = "io_readinto_tmp.bin"
with open(name, "wb") as f:
    f.write(bytes(range(10)))
with open(name, "rb") as f:
    buf = bytearray(4)
    print(f.readinto(buf), list(buf), f.tell())
    window = bytearray(6)
    print(f.readinto(memoryview(window)[1:4]), list(window))
    a = array.array("B", [9, 9, 9, 9, 9])
    print(f.readinto(a), list(a), f.readinto(buf), f.tell())
    try:
        f.readinto(b"read-only")
    except TypeError:
        print("TypeError")
os.remove(name)
s = io.BytesIO(b"abcdef")
b = bytearray(4)
print(s.readinto(b), b, s.readinto(b), b, s.readinto(b))
