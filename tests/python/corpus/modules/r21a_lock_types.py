# Lock is a factory function, not a class: isinstance fails
import threading, asyncio
l = threading.Lock()
r = threading.RLock()
print(type(l).__name__, type(r).__name__, type(l).__module__)
try:
    isinstance(l, threading.Lock)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(asyncio.Lock(), asyncio.Lock))
with l as x:
    print("with lock as x:", x)
sem = threading.Semaphore()
with sem as y:
    print("with semaphore as y:", y)
c = threading.Condition()
print(c.__enter__(), c.__exit__(None, None, None))
