import json
print(json.loads("1"), json.loads("[1, 2.5, \"x\", null, true, false]"), json.loads('{"a": {"b": []}}'))
d = json.loads('{"name": "Ada", "tags": ["x", "y"], "n": -12}')
print(d["name"], d["tags"], d["n"], sorted(d))
print(json.loads('"esc\\n\\"q\\""'), json.loads("  [ ]  "), json.loads('"\\u00e9"'))
try:
    json.loads("{bad json}")
except ValueError:
    print("ValueError")
round_trip = {"list": [1, [2, [3]]], "s": "é"}
print(json.loads(json.dumps(round_trip)) == round_trip)
