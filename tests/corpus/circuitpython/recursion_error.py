def down(n):
    return down(n + 1)


try:
    down(0)
except RuntimeError as e:
    print(type(e).__name__, str(e))
print("recovered")
