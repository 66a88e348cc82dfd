# readinto's second argument (MicroPython's streams take one, CPython's files do not): read at most that
# many bytes, never more than the buffer holds.
import io

s = io.BytesIO(b"0123456789")
buf = bytearray(5)
print(s.readinto(buf, 2), buf)
print(s.readinto(buf, 50), buf, s.tell())
print(s.readinto(buf, 0), s.readinto(buf, -1), buf)
