s = "abc"
print(f"{s:10}|", f"{s:<10}|", f"{s:>10}|", f"{s:^10}|", f"{s:-^9}", f"{s:.2}", f"{s:>6.1}|")
print(format("x", "3"), format("x", "*<3"), format("", "5") + "|")
print("{:>5}".format("ab"), "{:#^6}".format("ab"))
print(f"{'long string':3}")
try:
    format("s", "d")
except ValueError:
    print("ValueError")
