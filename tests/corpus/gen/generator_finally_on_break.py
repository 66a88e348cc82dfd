def resource():
    print("open")
    try:
        for i in range(10):
            yield i
    finally:
        print("close")
for v in resource():
    if v == 2:
        break
    print("v", v)
g = resource()
print(next(g))
g.close()
print("end")
