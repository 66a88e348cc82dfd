print(issubclass(int, object), issubclass(bool, int), issubclass(int, bool), issubclass(str, (int, str)))
print(issubclass(KeyError, LookupError), issubclass(list, list), issubclass(dict, object))
print(issubclass(type, object), issubclass(object, type), issubclass(frozenset, set))
try:
    issubclass(1, int)
except TypeError:
    print("TypeError")
