# threading.local gives each thread its own attributes
import threading
data = threading.local()
data.x = "main"
seen = {}
def worker(n):
    print("has x?", hasattr(data, "x"))
    data.x = n
    seen[n] = data.x
for i in range(3):
    t = threading.Thread(target=worker, args=(i,)); t.start(); t.join()
print("main still:", data.x, seen)
class Ctx(threading.local):
    def __init__(self, v=10):
        self.v = v
c = Ctx(5)
def w2():
    print("subclass init again:", c.v)
t = threading.Thread(target=w2); t.start(); t.join()
print(c.v)
