print('single', "double", '''triple''', """also""")
print('a' 'b' "c")
print("tab\there", 'nl\\n', "quote\"", 'apos\'')
print("\x41\x62\u0043\101")
print(r"raw\n\t", R'raw2\x')
print(len("\n"), len(r"\n"), len("\x00"))
s = """line1
line2"""
print(s)
print(s.count("\n"))
print("multi" \
      "line")
print('' == "", len(''))
