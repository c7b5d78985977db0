# daemon flag defaults and inheritance from the creating thread
import threading
res = {}
def inner():
    res["inner"] = threading.current_thread().daemon
def outer():
    t = threading.Thread(target=inner)
    res["child_default"] = t.daemon
    t.start(); t.join()
d = threading.Thread(target=outer, daemon=True)
d.start(); d.join()
n = threading.Thread(target=outer)
print("main daemon:", threading.current_thread().daemon, "new:", n.daemon)
print(sorted(res.items()))
x = threading.Thread(target=lambda: None)
x.daemon = True
print(x.daemon, x.isDaemon())
