# A Thread subclass that keeps its target's return value and re-raises errors on join
import threading
class ResultThread(threading.Thread):
    def __init__(self, fn, *args):
        super().__init__()
        self.fn, self.args_, self.value, self.error = fn, args, None, None
    def run(self):
        try:
            self.value = self.fn(*self.args_)
        except BaseException as e:
            self.error = e
    def join(self, timeout=None):
        super().join(timeout)
        if self.error:
            raise self.error
        return self.value
print(ResultThread.__name__, [ (t := ResultThread(pow, 2, n), t.start(), t.join())[2] for n in range(5)])
bad = ResultThread(int, "zz")
bad.start()
try:
    bad.join()
except ValueError as e:
    print("re-raised in main:", e)
