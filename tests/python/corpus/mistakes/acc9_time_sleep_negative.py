# time.sleep of a negative time computed from a deadline.
import time

deadline = 2
elapsed = 5
time.sleep(deadline - elapsed)
