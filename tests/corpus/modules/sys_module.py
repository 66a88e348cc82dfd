import sys
print(sys.implementation.name, sys.implementation.version)
print(sys.path)
print(sys.version_info, sys.byteorder, sys.maxsize)
print('sys' in sys.modules)
sys.stdout.write("written\n")
try:
    sys.exit(3)
except SystemExit as e:
    print("exit", e.args)
try:
    raise ValueError("boom")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t, v, tb)
print(sys.exc_info())
