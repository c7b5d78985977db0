# Python 2's print >> redirection.
print("start")

import sys
print >>sys.stderr, "error"
