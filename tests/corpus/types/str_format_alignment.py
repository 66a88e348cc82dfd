for spec in ("<6", ">6", "^6", "*<6", "->6", "0>6", "^7"):
    print(spec, "[" + format("ab", spec) + "]", "[" + format(42, spec) + "]")
