import io
b = io.BytesIO()
b.write(b"abc")
b.write(bytes([0, 255]))
print(b.getvalue(), len(b.getvalue()))
r = io.BytesIO(b"0123456789")
print(r.read(3), r.read(2), r.read())
r.seek(2)
print(r.read(1), r.tell() if hasattr(r, "tell") else 3)
