# Mistake: subclass forgets super().__init__()
import threading
class Bad(threading.Thread):
    def __init__(self, n):
        self.n = n
    def run(self):
        print("run", self.n)
b = Bad(1)
try:
    b.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    print(b.name)
except Exception as e:
    print(type(e).__name__, e)
b.start()
