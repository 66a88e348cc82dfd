print(int(), int(5), int(-5.9), int("42"), int(" -17 "), int("+3"), int("1_000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0x1f", 0), int("0o17", 0), int("0b101", 0), int("17", 0))
print(int("101", 2), int("777", 8), int("z", 36), int("Zz", 36), int("10", 3))
print(int("123456789012345678901234567890"), int("-" + "9" * 25))
for bad in ("", "1.5", "abc", "1 2", "0x", "--1"):
    try:
        int(bad)
    except ValueError:
        print("ValueError", repr(bad))
try:
    int("2", 2)
except ValueError:
    print("ValueError base2")
try:
    int(None)
except TypeError:
    print("TypeError")
print(int(True), int(3.0), int(-0.5), int(1e18))
