# sys.exit with a message string after a failed check.
import sys

def main(args):
    if len(args) < 2:
        print("checking arguments")
        sys.exit("usage: tool FILE")
    return 0

main(["tool"])
print("not reached")
