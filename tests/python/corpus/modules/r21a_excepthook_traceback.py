# A custom excepthook printing the traceback with the traceback module
import threading, traceback, sys
def hook(args):
    print(f"[{args.thread.name}] failed:", file=sys.stderr)
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback)
    print("hook printed", args.exc_type.__name__)
threading.excepthook = hook
def level2(d):
    return d["missing"]
def level1():
    level2({})
t = threading.Thread(target=level1, name="Fetcher")
t.start(); t.join()
print("end")
