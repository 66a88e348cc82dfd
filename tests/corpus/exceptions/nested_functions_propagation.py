def level3():
    raise ValueError("deep")
def level2():
    try:
        level3()
    finally:
        print("level2 finally")
def level1():
    try:
        level2()
    except KeyError:
        print("not this")
try:
    level1()
except ValueError as e:
    print("top caught", e.args)
