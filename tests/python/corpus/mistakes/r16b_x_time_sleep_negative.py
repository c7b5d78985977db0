# time.sleep of a negative delay computed from a deadline
import time
deadline = 2
elapsed = 3
print("sleeping")
time.sleep(deadline - elapsed)
