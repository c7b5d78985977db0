# Timer, cancel, thread-local data and excepthook
import threading, time
t1 = threading.Timer(0.2, print, args=("timer fired",))
t2 = threading.Timer(0.1, print, args=("never",))
t1.start(); t2.start(); t2.cancel()
print(t1.name, t2.name)
t1.join(); t2.join()
data = threading.local()
data.x = "main"
def f():
    print("has x:", hasattr(data, "x"))
    data.x = threading.current_thread().name
    print("thread x:", data.x)
t = threading.Thread(target=f, name="worker"); t.start(); t.join()
print("main x:", data.x)
def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name)
threading.excepthook = hook
def bad(): raise ValueError("boom")
t = threading.Thread(target=bad, name="bad"); t.start(); t.join()
print(repr(t).split(",")[0], t.is_alive())
