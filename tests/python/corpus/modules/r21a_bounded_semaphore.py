# BoundedSemaphore raises on too many releases; Semaphore does not
import threading
s = threading.Semaphore(1)
s.release()
print(s.acquire(blocking=False), s.acquire(blocking=False), s.acquire(blocking=False))
b = threading.BoundedSemaphore(2)
print(b.acquire(), b.acquire(), b.acquire(timeout=0.1))
b.release(); b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
s3 = threading.Semaphore(0)
s3.release(3)
print([s3.acquire(False) for _ in range(4)])
