N = 400000
# Exceptions: raise/catch in a loop, custom exception classes with
# inheritance, try/except/else/finally, re-raise, exceptions raised by
# builtins (KeyError, ZeroDivisionError, IndexError).  Linear in N.


class AppError(Exception):
    pass


class LimitError(AppError):
    def __init__(self, value):
        super().__init__("limit")
        self.value = value


def check(v):
    if v % 7 == 0:
        raise LimitError(v)
    if v % 5 == 0:
        raise AppError("five")
    return v


def wrapped(v):
    try:
        return check(v)
    except LimitError:
        raise
    finally:
        pass


def main(n):
    d = {1: 1}
    lst = [1, 2, 3]
    caught = 0
    total = 0
    finals = 0
    for i in range(n):
        try:
            total += wrapped(i)
        except LimitError as e:
            total += e.value
            caught += 1
        except AppError:
            caught += 2
        else:
            total += 1
        finally:
            finals += 1
        try:
            total += d[i & 3]
        except KeyError:
            caught += 3
        try:
            total += 100 // (i % 4)
        except ZeroDivisionError:
            caught += 4
        try:
            total += lst[i % 5]
        except IndexError:
            caught += 5
        total &= 0xFFFFFFF
    return caught, total, finals


print("exceptions", N, *main(N))
