def numbers(n):
    for i in range(n):
        yield i
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
def squared(it):
    for x in it:
        yield x * x
print(list(squared(evens(numbers(10)))))
print(sum(squared(evens(numbers(100)))))
def log(it, name):
    for x in it:
        print(name, x)
        yield x
print(list(log(evens(log(numbers(4), "src")), "even")))
