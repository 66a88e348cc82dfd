def f(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print("except")
        r = None
    else:
        print("else", r)
    finally:
        print("finally")
    return r
print(f(2))
print(f(0))
try:
    try:
        raise KeyError("k")
    finally:
        print("inner finally")
except KeyError:
    print("outer caught")
try:
    print("body")
finally:
    print("only finally")
