def g():
    try:
        yield 1
        return
    finally:
        print("finally in generator")
print(list(g()))
