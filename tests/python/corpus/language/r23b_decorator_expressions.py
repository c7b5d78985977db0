class EventBus:
    def __init__(self):
        self.handlers = {}
    def on(self, event):
        def register(fn):
            self.handlers.setdefault(event, []).append(fn)
            return fn
        return register
    def emit(self, event, *args):
        return [h(*args) for h in self.handlers.get(event, [])]

buses = [EventBus(), EventBus()]
registry = {"loud": lambda f: (lambda *a: f(*a).upper())}

@buses[0].on("greet")
def hello(name):
    return f"hello {name}"

@buses[0].on("greet")
@registry["loud"]
def shout(name):
    return f"hey {name}"

@(lambda f: f)
def identity():
    return "identity decorated"

@buses[1].on("x") if False else buses[1].on("y")
def conditional():
    return "registered on y"

print(buses[0].emit("greet", "ann"))
print(buses[1].handlers.keys(), buses[1].emit("y"))
print(identity(), shout.__name__, hello.__name__)

def counted(fn):
    counted.total = getattr(counted, "total", 0)
    def wrapper(*a, **k):
        counted.total += 1
        return fn(*a, **k)
    return wrapper

class Service:
    @counted
    def ping(self):
        return "pong"
    @property
    @counted
    def status(self):
        return "up"
s = Service()
print(s.ping(), s.status, s.status, counted.total)
@buses[2].on("z")
def broken():
    pass
