# Order of atexit handlers and a finally block when a program ends with an uncaught error
import atexit

class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("del", self.name)

def bye(who):
    print("atexit:", who)

atexit.register(bye, "first")
atexit.register(bye, "second")
atexit.register(lambda: print("atexit lambda"))
atexit.unregister(bye)
atexit.register(bye, "third")

def work():
    r = Resource("local")
    try:
        raise LookupError("item 42 missing")
    finally:
        print("finally in work")

keep = Resource("global")
work()
