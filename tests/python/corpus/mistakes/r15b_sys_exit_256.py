# Mistake: counting errors into the exit status: 256 errors wrap around to status 0.
import sys

errors = 0
for n in range(512):
    if n % 2:
        errors += 1
print("errors:", errors)
sys.exit(errors)
