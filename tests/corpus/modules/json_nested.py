import json
data = {"users": [{"id": 1, "roles": ["a", "b"]}, {"id": 2, "roles": []}], "count": 2, "ok": True, "ratio": 0.5}
text = json.dumps(data)
back = json.loads(text)
print(back == data, back["users"][0]["roles"], back["count"] + 1, back["ok"], back["ratio"])
print(json.loads("[[[]]]"), json.loads('{"": ""}'), json.loads("-0.5e2"), json.loads("1E3"))
print(json.dumps([1, [2, [3, []]]]), json.dumps({"nested": {"deep": None}}))
