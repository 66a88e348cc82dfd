print("key=value=x".partition("="), "key=value=x".rpartition("="))
print("nosep".partition("="), "nosep".rpartition("="))
print("=start".partition("="), "end=".rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))
try:
    "a".partition("")
except ValueError:
    print("ValueError")
