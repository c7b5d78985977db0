# Resources kept in a dict, a tuple and an object: the order they are released at exit.
class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("release", self.name)

class Holder:
    pass

db = Resource("db")
pool = {"main": Resource("pool-in-dict")}
pair = (Resource("pair-in-tuple"),)
cache = Resource("cache")
h = Holder()
h.res = Resource("held-by-instance")
log = Resource("log")
print("shutting down")
