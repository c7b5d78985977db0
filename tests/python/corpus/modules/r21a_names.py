# Default thread names, custom names and renaming
import threading
def f(): pass
def g(): print("inside:", threading.current_thread().name)
a = threading.Thread(target=f)
b = threading.Thread(target=g, name="fetcher")
print(a.name.startswith("Thread-"), a.name.endswith("(f)"))
print(b.name, b.getName() if hasattr(b, "getName") else None)
b.name = "renamed"
b.start(); b.join()
print(threading.main_thread().name)
print(threading.current_thread() is threading.main_thread())
c = threading.Thread()
print(c.name.startswith("Thread-"), "(" in c.name)
