# int() and float() of text, as CircuitPython 10 has them (py/parsenum.c, built with
# MICROPY_ERROR_REPORTING_NORMAL as circuitpy_mpconfig.h sets it for full builds):
# - a bad integer says "invalid syntax for integer with base N", N being the base the digits were read
#   in (a 0x/0o/0b prefix chooses it when the base is 0), without repeating the text;
# - a bad float says "invalid syntax for number";
# - a base out of range says "base must be 2-36" (mp_arg_validate_int_range: "%q must be %d-%d");
# - an underscore between digits is skipped;
# - digits and whitespace are ASCII only (unichar_isspace; '0'..'9' and letters).


def show(f, *args):
    try:
        print(repr(f(*args)))
    except ValueError as e:
        print("ValueError:", e)


for text, base in [("42", 10), ("  -7\t", 10), ("12a", 10), ("", 10), ("-", 10), ("0x1f", 0), ("0xzz", 0),
                   ("0b102", 0), ("0o17", 0), ("zz", 16), ("ff", 15), ("1_000", 10), ("\u0661\u0662", 10),
                   ("\u00a012", 10), (b"99", 10), (b"9x", 10)]:
    show(int, text, base)
show(int, "1", 37)
show(int, "1", 1)

for text in ["1.5", " 2 ", "1e3", "abc", "", "1e", ".", "inf", "-nan", "\u0661.5", "\u00a01.0", b"2.5", b"x"]:
    show(float, text)

# The program goes on after each error, as on the device.
n = 0
for reply in ["twelve", "12", "", "3"]:
    try:
        n += int(reply)
    except ValueError as e:
        print("not a number:", repr(reply), "-", e)
print(n)
