# atexit handlers run in reverse order at exit, after an uncaught error's traceback too
import atexit


def goodbye(name, punct="!"):
    print(f"goodbye {name}{punct}")


atexit.register(goodbye, "first")
atexit.register(goodbye, "second", punct="?")


@atexit.register
def summary():
    print("summary: done")


def never():
    print("never runs")


atexit.register(never)
atexit.unregister(never)
print("main body")
raise RuntimeError("crash before exit")
