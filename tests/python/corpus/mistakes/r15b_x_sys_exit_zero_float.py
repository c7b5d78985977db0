# Mistake: sys.exit(0.0): a float zero is not the status 0, it is printed and the status is 1.
import sys

failures = 0
rate = failures / 10
print("failure rate", rate)
sys.exit(rate)
