# showing only the last frames of an error with a negative limit
import traceback, sys

def parse(v):
    return int(v)

def load(values):
    return [parse(v) for v in values]

try:
    load(["1", "2", "x"])
except ValueError:
    traceback.print_exc(limit=-2, file=sys.stderr)
    print("---", file=sys.stderr)
    traceback.print_exc(limit=1, chain=False, file=sys.stderr)
print("done")
