# CircuitPython-specific os behaviour (hand-written expected output).
import os

u = os.uname()
print(len(u), u.sysname == u[0], u.machine == u[4], u.release)
try:
    os.stat("os_circuitpython_missing")
except OSError as e:
    print(e)
    print(repr(e.args))
print(OSError(17), OSError(30), OSError(20), OSError(2, "detail"), OSError(12345), OSError("text"))
f = open("settings.toml", "w")
f.write('# comment\nNAME = "board \\"one\\""\nCOUNT = 42\nHEX = 0x1F\nNEG = -7\n  SPACED="a # b" # trailing\n[section]\nHIDDEN = 1\n')
f.close()
try:
    print(os.getenv("NAME"), os.getenv("COUNT"), os.getenv("HEX"), os.getenv("NEG"), os.getenv("SPACED"))
    print(os.getenv("HIDDEN"), os.getenv("MISSING", "dflt"), os.getenv("comment"))
finally:
    os.remove("settings.toml")
print(os.getenv("NAME"))
st = os.statvfs("/")
print(len(st), st[0])
for n in ("os_cp_a.tmp", "os_cp_b.tmp"):
    with open(n, "w") as f:
        f.write(n)
try:
    os.rename("os_cp_a.tmp", "os_cp_b.tmp")
except OSError as e:
    print(e)
os.remove("os_cp_a.tmp")
os.remove("os_cp_b.tmp")
os.sync()
