def check(v):
    assert v > 0, "must be positive"
    return v
print(check(1))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError", e.args)
try:
    assert []
except AssertionError as e:
    print("AssertionError no msg", e.args)
try:
    raise AssertionError("manual", 2)
except AssertionError as e:
    print(e.args)
