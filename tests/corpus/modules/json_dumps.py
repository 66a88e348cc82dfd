import json
print(json.dumps(1), json.dumps("s"), json.dumps(None), json.dumps(True), json.dumps([1, 2]))
print(json.dumps({"a": [1, {"b": None}]}), json.dumps([]), json.dumps({}))
print(json.dumps("quote\"and\\slash"), json.dumps("tab\tnl\n"))
print(json.dumps((1, 2)), json.dumps(1.5), json.dumps(-3))
print(json.dumps({"k": "v", "n": [True, False, None]}))
