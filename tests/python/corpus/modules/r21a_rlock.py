# RLock can be re-acquired by the owner; Lock would deadlock
import threading
r = threading.RLock()
def outer():
    with r:
        inner()
def inner():
    with r:
        print("inner got the lock again")
outer()
print(r.acquire(), r.acquire())
r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
def other():
    print("other thread acquires:", r.acquire(timeout=0.1))
r.acquire()
t = threading.Thread(target=other); t.start(); t.join()
r.release()
t = threading.Thread(target=other); t.start(); t.join()
