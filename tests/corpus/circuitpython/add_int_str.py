a = 1
b = "s"
print("adding")
c = a + b
print("not reached")
