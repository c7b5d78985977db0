# sys.exit with a float status code.
import sys

errors = 3
ratio = errors / 2
print("error ratio", ratio)
sys.exit(ratio)
