print("start")
y = 1
print(x)
