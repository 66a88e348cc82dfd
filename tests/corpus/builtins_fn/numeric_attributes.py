# real/imag/numerator/denominator of ints and floats, conjugate(), and that they are read-only
print((5).real, (5).imag, (-7).numerator, (7).denominator, True.real, False.imag, (2 ** 70).numerator)
print((1.5).real, (1.5).imag, (2.5).conjugate(), (-3).conjugate(), type(True.real).__name__)
class M(int):
    pass
class F(float):
    pass
print(M(4).real, type(M(4).real).__name__, F(2.5).real, type(F(2.5).imag).__name__)
for target in [5, 1.5]:
    try:
        target.real = 3
    except AttributeError:
        print("AttributeError", type(target).__name__)
