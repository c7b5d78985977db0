# Mistake: exiting with the result of any(): True is status 1, False would be 0.
import sys

scores = [72, 45, 90]
failed = any(s < 50 for s in scores)
print("any failed:", failed)
sys.exit(failed)
