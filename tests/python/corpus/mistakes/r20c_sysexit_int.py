# sys.exit with an int status
import sys
print("exit 3")
try:
    sys.exit(7)
except SystemExit as e:
    print("caught", e.code, repr(e))
sys.exit(3)
