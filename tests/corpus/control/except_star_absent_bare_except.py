try:
    raise KeyError
except:
    print("bare except caught")
try:
    try:
        [].pop()
    except:
        print("inner bare")
        raise
except IndexError:
    print("re-raised IndexError")
