# Several timers started together fire in order of their intervals
import threading
ts = [threading.Timer(d, print, args=(f"timer {d}",)) for d in (0.3, 0.1, 0.2)]
for t in ts: t.start()
for t in ts: t.join()
print("done")
