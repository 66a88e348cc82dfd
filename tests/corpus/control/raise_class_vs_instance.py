try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, e.args)
try:
    raise ValueError()
except ValueError as e:
    print(e.args)
try:
    raise ValueError(1, "two")
except ValueError as e:
    print(e.args, e.args[1])
try:
    raise 42
except TypeError:
    print("TypeError raising int")
class NotExc:
    pass
try:
    raise NotExc
except TypeError:
    print("TypeError raising non-exception")
