# Subclass of Thread overriding run(), storing a result attribute
import threading
class Squarer(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"sq-{n}")
        self.n = n
        self.result = None
    def run(self):
        self.result = self.n * self.n
        print("running in", threading.current_thread().name)
threads = [Squarer(i) for i in range(4)]
for t in threads:
    t.start()
    t.join()
print([t.result for t in threads])
print([t.name for t in threads])
print(isinstance(threads[0], threading.Thread), Squarer.__mro__[1].__name__)
