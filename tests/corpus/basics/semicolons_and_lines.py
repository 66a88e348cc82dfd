a = 1; b = 2; c = a + b; print(c)
if a: print("one-line if")
for i in range(3): print(i, end=" ")
print()
x = (1 +
     2 +
     3)
y = [1,
     2,
     ]
print(x, y)
z = 1 + \
    2
print(z)
def f(a,
      b=2,
      ):
    return a + b
print(f(1,
        ))
