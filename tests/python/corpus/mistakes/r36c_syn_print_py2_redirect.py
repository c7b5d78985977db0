# printing an error message the Python 2 way
import sys

def fail(msg):
    print >>sys.stderr, "error:", msg

fail("disk full")
