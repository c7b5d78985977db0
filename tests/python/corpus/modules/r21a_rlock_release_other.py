# Releasing an RLock owned by another thread is an error
import threading
r = threading.RLock()
r.acquire()
def bad():
    try:
        r.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
t = threading.Thread(target=bad); t.start(); t.join()
r.release()
print("released by owner")
l = threading.Lock()
l.acquire()
def ok():
    l.release()
    print("plain Lock released by another thread")
t = threading.Thread(target=ok); t.start(); t.join()
print(l.locked())
