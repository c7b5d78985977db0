# exit(True) gives status 1 with no message
import sys
print("x")
sys.exit(True)
# (end of the program)
