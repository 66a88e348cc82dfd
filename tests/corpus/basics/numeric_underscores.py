print(1_000 + 2_000, 0x_FF_FF, 0b_1_0, 0o_7_7, 1_0.0_1, 1e1_0)
print(1_0 * 1_0, 0.000_1)
try:
    int("_1")
except ValueError:
    print("ValueError leading underscore")
