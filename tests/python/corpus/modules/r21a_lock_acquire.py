# Lock acquire/release, non-blocking acquire and timeout
import threading, time
lock = threading.Lock()
print(lock.acquire(), lock.locked())
print(lock.acquire(blocking=False))
t0 = time.monotonic()
print(lock.acquire(timeout=0.2))
print(round(time.monotonic() - t0, 1))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
print(type(lock).__name__)
