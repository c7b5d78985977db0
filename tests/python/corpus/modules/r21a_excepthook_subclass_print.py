# Exception in a Thread subclass run() with a chained cause
import threading
class Loader(threading.Thread):
    def run(self):
        try:
            {}["k"]
        except KeyError as e:
            raise RuntimeError("load failed") from e
t = Loader(name="Loader-1")
t.start(); t.join()
print("done")
