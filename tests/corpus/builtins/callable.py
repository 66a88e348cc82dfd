def f(): pass
class K:
    pass
class Call:
    def __call__(self):
        return 1
print(callable(f), callable(K), callable(K()), callable(Call()), callable(len), callable(lambda: 0))
print(callable(1), callable("s"), callable(None), callable([].append), callable(int), callable(print))
