import builtins
import traceback
import io

print(builtins.len("abc"), builtins.int is int, builtins.open is open)
builtins.my_global_helper = 42
print(my_global_helper)

def fail():
    raise ValueError("bad value")

try:
    fail()
except ValueError as e:
    lines = traceback.format_exception(e)
    print(type(lines).__name__, lines[0], lines[-1])
    lines2 = traceback.format_exception(type(e), e, e.__traceback__)
    print(lines2[-1])
    s = io.StringIO()
    traceback.print_exception(e, file=s)
    print(s.getvalue().split("\n")[-2])
    s = io.StringIO()
    traceback.print_exception(type(e), e, e.__traceback__, file=s)
    print(s.getvalue().split("\n")[-2])
