# An exception inside a Timer's function goes to threading.excepthook
import threading
def alarm(x):
    print("alarm with", x)
    raise LookupError("no such alarm")
t = threading.Timer(0.1, alarm, args=[5])
t.start(); t.join()
print("main keeps going")
