# concurrent.futures.Future used by hand between two threads
from concurrent.futures import Future, InvalidStateError
import threading, time
f = Future()
def producer():
    time.sleep(0.1)
    f.set_result("payload")
threading.Thread(target=producer).start()
print("waiting:", f.result(timeout=1))
try:
    f.set_result("again")
except InvalidStateError as e:
    print("InvalidStateError:", e.__class__.__name__)
g = Future()
g.set_exception(KeyError("k"))
print(repr(g.exception()))
h = Future()
print(h.cancel(), h.cancelled(), h.done())
print(h.set_running_or_notify_cancel())
