import sys
print("before exit")
try:
    sys.exit(0)
except SystemExit as e:
    print("SystemExit caught", e.args)
try:
    sys.exit("message")
except SystemExit as e:
    print(e.args)
print("still running")
