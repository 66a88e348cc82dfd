import os

d = "os_files_tmp"
print(os.sep, os.getcwd() == os.getcwd())
os.mkdir(d)
print(d in os.listdir(), os.listdir(d))
st = os.stat(d)
print(len(st), st[0] & 0o170000 == 0o040000)
with open(d + "/a.txt", "w") as f:
    f.write("hello")
st = os.stat(d + "/a.txt")
print(st[0] & 0o170000 == 0o100000, st[6])
os.rename(d + "/a.txt", d + "/b.txt")
print(os.listdir(d))
for bad in (lambda: os.mkdir(d), lambda: os.stat(d + "/nope"), lambda: os.remove(d + "/nope"),
            lambda: os.listdir(d + "/nope"), lambda: os.rmdir(d + "/nope"), lambda: os.rename(d + "/x", d + "/y"),
            lambda: os.chdir(d + "/nope")):
    try:
        bad()
    except OSError as e:
        print("OSError", e.errno, e.args[0] == e.errno)
try:
    os.rmdir(d)
except OSError as e:
    print("not empty", e.errno)
here = os.getcwd()
os.chdir(d)
print(os.getcwd().endswith("/" + d), os.listdir(), os.listdir("."))
os.mkdir("sub")
print(sorted(os.listdir()), os.listdir(".."  + "/" + d + "/sub"))
os.rmdir("sub")
os.chdir("..")
print(os.getcwd() == here)
os.unlink(d + "/b.txt")
os.rmdir(d)
print(d in os.listdir())
r = os.urandom(5)
print(type(r), len(r), len(os.urandom(0)))
try:
    os.urandom(-1)
except ValueError:
    print("ValueError")
print(os.getenv("CIRCUITPY_NO_SUCH_KEY_XYZ"), os.getenv("CIRCUITPY_NO_SUCH_KEY_XYZ", 5))
