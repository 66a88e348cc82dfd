try:
    int(float("inf"))
except OverflowError:
    print("OverflowError int(inf)")
try:
    (1000).to_bytes(1, "big")
except OverflowError:
    print("OverflowError to_bytes")
try:
    int(float("-inf"))
except OverflowError:
    print("OverflowError int(-inf)")
print(issubclass(OverflowError, ArithmeticError))
