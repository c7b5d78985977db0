# sys.excepthook is not used for threads; a hook that itself fails
import threading, sys
sys.excepthook = lambda *a: print("sys.excepthook called")
def hook(args):
    print("thread hook sees", args.exc_type.__name__)
    raise RuntimeError("hook broke")
threading.excepthook = hook
t = threading.Thread(target=lambda: 1 / 0, name="T")
t.start(); t.join()
print("main alive")
