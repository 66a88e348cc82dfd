# re on non-ASCII text as CircuitPython's re (extmod/modre.c over re1.5) sees it: re1.5 matches bytes and its
# named classes are ASCII (_re1_5_namedclassmatch: \d is 0-9, \s is space and \t..\r, \w is A-Za-z0-9_), so
# a non-ASCII character is never \w, \d or \s, and \b sees it as a non-word character. The lines avoid what
# byte-wise matching would make differ (a non-ASCII character matched alone by \S, \W or '.').
# CircuitPython's re has no IGNORECASE; ours folds ASCII letters only, like str.lower() on the device.
# Group names (ours) follow the lexer's identifier rule (py/lexer.c: any non-ASCII character).
import re

print(re.findall(r"\w+", "naïve café"), re.findall(r"\d", "1٣2"), re.findall(r"\s+", "a\u3000b c\td"), re.findall(r"\W+", "aé b"))
print(re.findall(r"\bc\w*", "écrit crème"), re.sub(r"\s", "-", "a\u3000b c") == "a\u3000b-c", len(re.split(r"\s", "x\u2003y z")))
print(re.match("é", "É", re.I) is None, re.match("straße", "STRASSE", re.I) is None, re.match("abc", "ABC", re.I).group())
print(re.match("[a-zé]+", "ABé", re.I).group(), re.match("[É]", "é", re.I) is None, re.findall("(?i)[k]", "kK\u212a"))
print(re.match(r"(?P<é>a)", "a").group("é"))
