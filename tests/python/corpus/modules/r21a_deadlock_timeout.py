# Two threads each holding one lock: the timeout breaks the deadlock
import threading, time
a, b = threading.Lock(), threading.Lock()
def first():
    with a:
        time.sleep(0.2)
        got = b.acquire(timeout=0.3)
        print("first got b:", got)
        if got: b.release()
def second():
    with b:
        time.sleep(0.2)
        got = a.acquire(timeout=0.6)
        print("second got a:", got)
        if got: a.release()
t1 = threading.Thread(target=first); t2 = threading.Thread(target=second)
t1.start(); t2.start()
t1.join(); t2.join()
print("no hang")
