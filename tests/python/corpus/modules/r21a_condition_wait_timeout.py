# Condition.wait with timeout returns False; notify without lock raises
import threading, time
cond = threading.Condition()
with cond:
    t0 = time.monotonic()
    print("wait:", cond.wait(timeout=0.2))
    print(time.monotonic() - t0 >= 0.19)
    print("wait_for:", cond.wait_for(lambda: False, timeout=0.1))
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
c2 = threading.Condition(threading.Lock())
with c2:
    print("own lock ok")
