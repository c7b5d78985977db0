# sys.exit with a string: printed to stderr, status 1
import sys
print("about to exit")
sys.exit("fatal: config missing")
# (end of the program)
