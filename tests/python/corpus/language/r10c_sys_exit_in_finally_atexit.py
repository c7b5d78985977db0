import atexit, sys

def goodbye(name):
    print(f"goodbye {name}")

atexit.register(goodbye, "first")
atexit.register(goodbye, "second")
print("main running")
try:
    sys.exit(None)
except SystemExit as e:
    print("caught None:", e.code)
sys.exit(False)
