# json containers (one loop reads arrays and objects), re.findall/re.split groups, and type errors worded
# around a type name.
import json
import re

for text in ['[1}', '{"a":1]', '{"a":1 "b":2}', '[ ]', '{ }', ' [ [ ] , { } , { "k" : [ 1 , { } ] } ] ',
             '{"a": {"b": [1, 2, {"c": null}]}, "d": []}', '{"a"', '{"a":', '[', '{', '{"a":1,"a":2}']:
    try:
        print(repr(text), json.loads(text))
    except ValueError as e:
        print(repr(text), e)

print(re.findall(r'\d+', 'a1b22c333'))
print(re.findall(r'(\d)(\w)?', 'a1b22c3'))
print(re.findall(r'x(\d)', 'x1 x2 y3'))
print(re.findall(r'(a)|b', 'abab'))
print(re.split(r'(,)(\s)?', 'a, b,c'))
print(re.split(r',', 'a,b,,c', 2))
print(re.split(r'(x)|y', 'axbyc'))
print(re.split(r'\d', ''))

for f in [lambda: json.dumps({1.5: 1, None: 2, True: 3}), lambda: json.dumps(object),
          lambda: json.dumps({(1,): 2}), lambda: json.loads(5)]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
