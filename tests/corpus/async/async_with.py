class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("aenter", self.name)
        return self.name.upper()
    async def __aexit__(self, t, v, tb):
        print("aexit", self.name, t.__name__ if t else None)
        return t is KeyError
async def main():
    async with Resource("db") as r:
        print("using", r)
    async with Resource("net"):
        raise KeyError("suppressed")
    print("after suppression")
    try:
        async with Resource("file"):
            raise ValueError("propagates")
    except ValueError:
        print("caught ValueError")
    return "ok"
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
