# Exactly rounded float text in both directions: decimal -> double ties to even (literals and float()),
# and the exact binary value rounded half-even to any precision by %-formatting, format() and round().

# 2**53 + 1 is halfway between two doubles: exactly half goes to even, any digit further up goes up.
print(repr(float("9007199254740993")), repr(float("9007199254740993." + "0" * 300 + "1")))
print(9007199254740993, 9007199254740993.0, 9_007_199_254_740_995.0)

# Half the smallest subnormal, written out exactly, rounds to zero; a hair more rounds to 5e-324.
half_min = str(5**1075)
print(repr(float("0." + "0" * 323 + half_min)), repr(float("0." + "0" * 323 + half_min + "1")))
print(2.4703282292062327e-324, 2.4703282292062328e-324, 7.4109846876186982e-324, 5e-324)

for s in ["1e23", "8.98846567431158e307", "2.2250738585072011e-308", "2.2250738585072012e-308",
          "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "1e999999999",
          "-1e-999999999", "0e999999999", "  -1_0.2_5e-0_1\n", "0." + "0" * 400 + "1e400", "1" * 800 + "e-1100"]:
    print(repr(float(s)))
print(1e23, 123456789012345678901234567890.0, 0.1e-322, 1.0000000000000002, 1.00000000000000011102230246251565)

# Digits of the exact binary value, rounded half-even at the requested place.
for x in [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 0.35, 1e23, 9.5, 99.5, 999.5, 5e-324, 1.7976931348623157e308]:
    print("%.0f %.1f %.2f %.17f %.0e %.3e %.20g" % (x, x, x, x, x, x, x))
    print(format(x, ".1e"), format(x, ".3g"), format(x, "#.2g"), format(-x, "+.16e"), format(x, ".2%"))
print("%.1074f" % 5e-324)
print("%.760e" % 2.2250738585072009e-308)
print(format(1.7976931348623157e308, ".0f"))
print("%.2f %.2f %.6f" % (23.456789, -0.005, 1 / 3))

for x, n in [(2.675, 2), (0.5, 0), (1.5, 0), (2.5, 0), (-0.4, 0), (1e23, -22), (5e-324, 323), (5e-324, 324),
             (1250.0, -2), (1350.0, -2), (123.456, -1), (0.285, 2), (1.0000000000000002, 15)]:
    print(repr(round(x, n)))
try:
    round(1.7976931348623157e308, -308)
except OverflowError as e:
    print("OverflowError", e)
