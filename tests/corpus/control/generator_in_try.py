def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("exit")
        raise
    finally:
        print("fin")
for x in g():
    print(x)
it = g()
print(next(it))
it.close()
print("after close")
