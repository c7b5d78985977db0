# Mistake: a timeout converted the wrong way round (seconds times 10**12), too large for time.sleep.
import time

timeout_ms = 250
for seconds in (0.01, timeout_ms * 10 ** 12):
    print('sleeping', seconds >= 1)
    time.sleep(seconds)
    print('slept')
