# A local object kept alive by the traceback of an uncaught exception: __del__ runs at shutdown
import atexit

class Conn:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("closing", self.name)

atexit.register(print, "atexit handler")

def fetch():
    c = Conn("db")
    print("fetching")
    raise ConnectionError("server went away")

fetch()
