import io

s = io.StringIO("ab\ncd\n\nef")
print(s.readlines(), s.readlines())
s.seek(0)
print([x for x in s])
s.seek(0)
print(repr(s.read(0)), repr(s.read(-1)), s.tell())
print(s.seek(1), s.write("ZZ"), repr(s.getvalue()), s.tell())
s.seek(0, 2)
s.write("!")
print(repr(s.getvalue()))
with io.StringIO() as t:
    t.write("x")
    print(t.closed)
print(t.closed)
for op in (t.getvalue, t.read, lambda: t.write("a"), t.readline, t.tell):
    try:
        op()
    except ValueError:
        print("ValueError")
t.close()
print(repr(io.StringIO().read()), repr(io.StringIO(None).getvalue()))
try:
    io.StringIO(b"x")
except TypeError:
    print("TypeError")
try:
    io.StringIO().write(5)
except TypeError:
    print("TypeError")
b = io.BytesIO(b"\x00\x01\n\x02")
print(b.readline(), b.read(1), b.read(10), b.read())
b.seek(10)
b.write(b"Z")
print(b.getvalue())
b.seek(0)
b.writelines([b"a", bytearray(b"b")])
print(b.getvalue(), b.tell())
try:
    b.seek(-1)
except ValueError:
    print("ValueError")
try:
    b.write("str")
except TypeError:
    print("TypeError")
print(io.BytesIO(bytearray(b"xy")).read(), io.BytesIO().getvalue())
u = io.StringIO()
u.write("héllo")
print(repr(u.getvalue()))
