print(abs(5), abs(-5), abs(0), abs(-0.0), abs(-2.5), abs(True), abs(-(2 ** 80)))
class A:
    def __abs__(self):
        return "abs called"
print(abs(A()))
try:
    abs("x")
except TypeError:
    print("TypeError")
