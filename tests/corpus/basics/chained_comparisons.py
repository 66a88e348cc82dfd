x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6, 1 == 1 < 2, 3 > 2 > 1 > 0)
print(1 < 3 > 2, 1 < 2 < 3 < 4 < 3)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(0) < v(5), calls)
calls.clear()
print(v(1) < v(2) < v(3), calls)
a = [1, 2]
print(1 in a in [[1, 2]], 3 not in a is not None)
print(x is x == 5)
