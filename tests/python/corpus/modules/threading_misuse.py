# Thread misuse errors
import threading
t = threading.Thread(target=lambda: None)
for f in (t.join, lambda: threading.current_thread().join()):
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError:", e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
t.join()
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(repr(threading.main_thread()).split(",")[0])
class W(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
    def run(self):
        print("W run", self.n, self.name)
w = W(7); w.start(); w.join()
print(threading.Thread(target=print, name=42).name, threading.Thread().name)
def z(): return 1 / 0
t = threading.Thread(target=z); t.start(); t.join()
print("after")
