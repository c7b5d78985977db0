# writing an error message to stderr the way an old tutorial showed
import sys

def warn(msg):
    print >>sys.stderr, "warning:", msg

print("starting")
warn("disk almost full")
print("done")
