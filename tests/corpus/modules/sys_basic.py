import sys
print(type(sys.argv).__name__, isinstance(sys.maxsize, int), sys.maxsize > 2 ** 30)
print(sys.byteorder in ("little", "big"), type(sys.path).__name__)
print(sys.implementation.name in ("cpython", "circuitpython", "micropython"))
print(sys.version_info[0], sys.version_info >= (3,))
sys.stdout.write("written directly\n")
print(len(sys.argv) >= 1, sys.argv[0].endswith("sys_basic.py"))
