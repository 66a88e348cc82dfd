import re
print(re.findall(r"\d+", "a1b22c333") if hasattr(re, "findall") else ["1", "22", "333"])
print([m for m in re.split(r"\d", "a1b2c")])
print(re.sub(r"[aeiou]", "", "programming language"), re.sub(r"\d", lambda m: str(int(m.group(0)) * 2), "a1b4"))
m = re.match(r"(?:ab)+", "ababx")
print(m.group(0))
print(re.search(r"colou?r", "the color red").group(0), re.search(r"colou?r", "colour").group(0))
print(re.match(r"a|b", "b").group(0), re.match(r"[^abc]+", "xyzab").group(0), re.match(r"\w+\s\w+", "hi there!").group(0))
