import json
print(json.dumps([1, 2.5, "a\"b\n", None, True, False, {"k": [1e100, -0.0, 0.1]}]))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True))
print(json.dumps({"a": [1, 2], "b": {}}, indent=2))
print(json.dumps([1, 2], separators=(",", ":")))
print(json.dumps("é☃😀"), json.dumps(float("inf")), json.dumps(10**30), json.dumps({1: 2, None: 3, True: 4}))
print(json.dumps((1, 2)), json.dumps([]), json.dumps({}))
print(json.loads('{"a": [1, 2.5, -3e2, true, false, null], "b": "x\\u00e9\\n\\ud83d\\ude00"}'))
print(json.loads("  123  "), json.loads("-0"), json.loads('"\\/"'), json.loads(b"[1]"), json.loads("12345678901234567890123"))
for bad in ["", "[1,", "[1 2]", "{1: 2}", '{"a" 1}', "1 2", '"abc', '"\\x"', "nul", "[1,]", '{"a":1,}', "\n\n  x"]:
    try:
        json.loads(bad)
    except ValueError as e:
        print(repr(bad), e)
for bad in [{(1,): 2}, set()]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print(e)
class W:
    def __init__(self):
        self.text = ''
    def write(self, s):
        self.text += s
    def read(self):
        return "[3, 4]"
w = W()
json.dump({"x": 1}, w)
print(w.text, json.load(w))
