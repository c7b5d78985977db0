# SystemExit goes through finally blocks and exit status from int subclass
import sys
try:
    print("body")
    sys.exit(False)
finally:
    print("cleanup")
