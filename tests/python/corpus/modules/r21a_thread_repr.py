# repr of an unstarted Thread and Timer, ident/native_id before start
import threading
def job(): pass
t = threading.Thread(target=job, name="loader")
print(repr(t))
d = threading.Thread(target=job, name="bg", daemon=True)
print(repr(d))
print(t.ident, t.native_id)
t.start(); t.join()
print(isinstance(t.ident, int), isinstance(t.native_id, int))
print(repr(t).startswith("<Thread(loader, stopped "))
tm = threading.Timer(1.0, job)
print(repr(tm).split(",")[1].strip(), tm.interval, tm.function is job)
