# Which builtin types have __bool__ and __len__ (as in CPython), and so how subclasses that override
# __len__ answer truth tests, and len() of a subclass of int.
print(hasattr(str, '__bool__'), hasattr(list, '__bool__'), hasattr(int, '__bool__'), hasattr(dict, '__bool__'), hasattr(float, '__bool__'))
print(hasattr(int, '__len__'), hasattr(int, '__iter__'), hasattr(str, '__len__'), hasattr(range, '__len__'), hasattr(range, '__bool__'))
class S(str):
    def __len__(self): return 0
print(bool(S('abc')), len(S('abc')), bool(S('')))
class L(list):
    def __len__(self): return 0
print(bool(L([1])), bool(L()))
class N(str):
    def __len__(self): return -5
try: bool(N(''))
except ValueError: print("ValueError")
class P(str): pass
print(bool(P('')), bool(P('x')), len(P('xy')))
class I(int): pass
print(bool(I(0)), bool(I(3)))
try: len(I(3))
except TypeError as e: print("TypeError", e)
class D(dict): pass
print(bool(D()), bool(D(a=1)))
class F(float): pass
print(bool(F(0.0)), bool(F(0.5)))
print(bool(range(0)), bool(range(3)), bool(b''), bool(bytearray(b'x')), bool(()), bool(frozenset()))
