# json: the \uXXXX escapes dumps writes (control characters, DEL and above, surrogate pairs past the BMP) and
# the bare words loads reads.
import json

print(json.dumps("\x00\x01\x1f\x7f\x80\u00ff\u0100\u0abc\uffff\U0001f600\U0010ffff"))
print(json.dumps({"\x1b[0m": "caf\u00e9"}), json.dumps(["\b\f\n\r\t\"\\/"]))
print(json.loads("[null, true, false, NaN, Infinity, -Infinity]"), json.loads(" null "), json.loads("true"))
for bad in ("nul", "True", "Inf", "-Inf", "-", "nulll", "[true,]"):
    try:
        json.loads(bad)
    except ValueError as e:
        print(repr(bad), "ValueError")
print(json.loads(json.dumps("\x00\x7f\uffff\U0010ffff")) == "\x00\x7f\uffff\U0010ffff")
