# Mistake: "wait forever" written as time.sleep(float('inf')) (an OverflowError in CPython).
import time

deadline = float('inf')
print('waiting until', deadline)
time.sleep(deadline)
