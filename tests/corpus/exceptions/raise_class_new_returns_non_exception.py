# A BaseException subclass whose __new__ returns a non-exception: `raise Cls` must raise TypeError, not the
# returned object (which escaped every except clause and killed the program).
class Odd(Exception):
    def __new__(cls, *args):
        return 5


try:
    raise Odd
except BaseException as e:
    print(type(e).__name__, "should have returned an instance of BaseException" in str(e))
try:
    raise Odd()
except BaseException as e:
    print(type(e).__name__, e)
print("done")
