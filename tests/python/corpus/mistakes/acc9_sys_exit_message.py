# sys.exit with a message after a failed check.
import sys

args = []
print("checking")
if not args:
    sys.exit("usage: prog FILE")
print("unreachable")
