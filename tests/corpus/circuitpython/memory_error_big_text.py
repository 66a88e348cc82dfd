# flags: --heap 2m
# repr()/str()/format/json of a container holding one big string many times built the text in host
# memory first (gigabytes here), so the allocation failed and the process aborted; the text is now
# checked against the heap as it grows and is a MemoryError. print() streams its arguments instead.
import json

x = "x" * 100000
big = [x] * 100000
for label, make in (
    ("repr list", lambda: repr(big)),
    ("str tuple", lambda: str(tuple(big))),
    ("repr dict", lambda: repr({i: x for i in range(10000)})),
    ("format", lambda: "{}".format(big)),
    ("percent", lambda: "%s" % (big,)),
    ("f-string", lambda: f"{big}"),
    ("json", lambda: json.dumps(big)),
):
    try:
        make()
        print(label, "no error")
    except MemoryError:
        print(label, "MemoryError")
print(repr(["ab"] * 3), json.dumps({"k": ["v"] * 2}))
print(*["y" * 3] * 4, sep="-")
