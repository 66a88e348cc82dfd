# A binary file opened after `sys` was imported is a file, not one of sys's standard streams (the two
# classes share the name FileIO).
import sys

name = "io_open_after_sys_tmp.bin"
with open(name, "wb") as f:
    print(f.write(b"abcdef"))
with open(name, "rb") as f:
    print(f.read(2), f.read())
sys.stdout.write("stdout still writes\n")
with open(name, "rb") as f:
    print(type(f) is type(sys.stdout), f.read(3))
import os

os.remove(name)
