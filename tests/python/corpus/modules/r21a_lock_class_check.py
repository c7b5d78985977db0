# threading.Lock and RLock are factory functions in 3.11
import threading, _thread
print(type(threading.Lock).__name__, callable(threading.Lock))
print(threading.Lock is _thread.allocate_lock)
print(type(threading.RLock).__name__)
print(isinstance(threading.Lock(), _thread.LockType))
print(isinstance(threading.Condition(), threading.Condition), isinstance(threading.Event(), threading.Event))
try:
    class MyLock(threading.Lock):
        pass
except TypeError as e:
    print("TypeError:", e)
