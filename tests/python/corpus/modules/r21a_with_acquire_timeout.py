# Mistake: `with lock.acquire(timeout=...)` uses a bool as context manager
import threading
lock = threading.Lock()
try:
    with lock.acquire(timeout=0.1):
        print("inside")
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
print("lock left locked:", lock.locked())
lock.release()
if lock.acquire(timeout=0.1):
    try:
        print("the right way")
    finally:
        lock.release()
print(lock.locked())
