# Custom threading.excepthook receives ExceptHookArgs
import threading
def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name)
    print("traceback is set:", args.exc_traceback is not None)
old = threading.excepthook
threading.excepthook = hook
def fail(x):
    return 10 // x
t = threading.Thread(target=fail, args=(0,), name="Div")
t.start(); t.join()
threading.excepthook = old
print(threading.excepthook is threading.__excepthook__)
t = threading.Thread(target=fail, args=(0,), name="Div2")
t.start(); t.join()
print("end")
