# SystemExit inside a thread is silently ignored; other errors go to the hook
import threading, sys
def quits():
    sys.exit(3)
t = threading.Thread(target=quits); t.start(); t.join()
print("SystemExit in thread ignored")
class Worker(threading.Thread):
    def run(self):
        raise KeyError("missing")
w = Worker(name="KW"); w.start(); w.join()
print("exit code stays 0")
