import os

name = "io_open_tmp.txt"
with open(name, "w") as f:
    print(f.write("line one\n"), f.write("line two\nthird"))
    f.writelines(["\n", "4th\n"])
    print(f.tell(), f.closed)
print(f.closed)
with open(name) as f:
    print(repr(f.read()))
with open(name, "r") as f:
    print(repr(f.readline()), repr(f.readline(4)), repr(f.readline()), f.tell())
    f.seek(0)
    print(f.readlines())
    f.seek(0)
    print([line for line in f])
    print(repr(f.read()), repr(f.readline()))
with open(name, "a") as f:
    f.write("appended\n")
with open(name) as f:
    print(f.read().split("\n")[-3:])
with open(name, "rb") as f:
    print(f.read(4), f.read(5), f.tell())
    f.seek(-3, 2)
    print(f.read())
    f.seek(2)
    f.seek(3, 1)
    print(f.read(3), f.readline())
with open(name, "wb") as f:
    f.write(b"\x00\x01\xff")
    f.write(bytearray(b"ab"))
with open(name, "rb") as f:
    data = f.read()
print(data, len(data), os.stat(name)[6])
with open(name, "w") as f:
    f.write("abcdef")
with open(name, "r+") as f:
    print(f.read(2))
    f.seek(0)
    f.write("XY")
with open(name) as f:
    print(f.read())
f = open(name, "w")
f.write("abc")
f.flush()
with open(name) as g:
    print(g.read())
f.write("def")
f.close()
f.close()
with open(name) as g:
    print(g.read())
for mode in ("r", "w"):
    f = open(name, mode)
    f.close()
    for op in (lambda: f.read(), lambda: f.write("x"), lambda: f.readline(), lambda: f.tell(), lambda: f.seek(0)):
        try:
            op()
        except ValueError:
            print("closed ValueError")
try:
    open("io_open_missing.txt")
except OSError as e:
    print("OSError", e.errno)
try:
    open("io_open_no_dir/x.txt", "w")
except OSError as e:
    print("OSError", e.errno)
try:
    open(name, "x")
except OSError as e:
    print("OSError", e.errno)
for mode in ("rw", "q", "rbt", ""):
    try:
        open(name, mode)
    except ValueError:
        print("ValueError", mode)
with open(name, "w") as f:
    try:
        f.write(b"bytes")
    except TypeError:
        print("TypeError")
with open(name, "wb") as f:
    try:
        f.write("str")
    except TypeError:
        print("TypeError")
try:
    with open(name, "w") as f:
        f.write("partial")
        raise KeyError("boom")
except KeyError:
    pass
with open(name) as f:
    print(f.read())
os.remove(name)
print(name in os.listdir())
