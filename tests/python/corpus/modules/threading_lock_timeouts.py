# a lock taken twice by one thread: CPython hangs, so only the timeout form
import threading
l = threading.Lock()
l.acquire()
print(l.acquire(timeout=0.1))
r = threading.RLock()
with r:
    with r:
        print("reentrant ok")
e = threading.Event()
def setter():
    import time
    time.sleep(0.1)
    e.set()
threading.Thread(target=setter).start()
print(e.wait(), e.wait(0.01))
print(threading.Event().wait(0.05))
