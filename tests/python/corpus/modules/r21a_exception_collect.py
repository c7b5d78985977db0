# Collecting exceptions from threads by wrapping the target
import threading
errors = []
def safe(fn, *a):
    def wrapper():
        try:
            fn(*a)
        except Exception as e:
            errors.append((threading.current_thread().name, repr(e)))
    return wrapper
def parse(s):
    int(s)
for i, s in enumerate(["1", "x", "3", ""]):
    t = threading.Thread(target=safe(parse, s), name=f"P{i}")
    t.start(); t.join()
for e in errors:
    print(e)
