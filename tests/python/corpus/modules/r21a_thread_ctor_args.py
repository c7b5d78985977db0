# Thread constructor: positional arguments and group must be None
import threading
def f(a, b=0):
    print("f got", a, b)
t = threading.Thread(None, f, "pos-name", (1,), {"b": 2})
print(t.name)
t.start(); t.join()
try:
    threading.Thread(group="g", target=f)
except AssertionError as e:
    print("AssertionError:", e)
try:
    threading.Thread(f)
except AssertionError as e:
    print("AssertionError:", e)
print(threading.Thread(target=f, name=None).name.endswith("(f)"))
