# Mistake: SystemExit raised with two arguments (a code and a message): it is printed as a tuple, status 1.
import sys

def check(errors):
    if errors:
        raise SystemExit(2, f"{len(errors)} errors")
    print("all good")

check([])
try:
    sys.exit("")
except SystemExit as e:
    print("empty message:", repr(e.code))
check(["a", "b"])
