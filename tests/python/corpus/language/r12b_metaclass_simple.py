class UpperAttrs(type):
    def __new__(mcls, name, bases, ns):
        new_ns = {}
        for k, v in ns.items():
            if not k.startswith("__"):
                new_ns[k.upper()] = v
            else:
                new_ns[k] = v
        print(f"creating {name} with {sorted(k for k in new_ns if not k.startswith('__'))}")
        return super().__new__(mcls, name, bases, new_ns)

class Config(metaclass=UpperAttrs):
    host = "localhost"
    port = 8080
    def show(self):
        return "show"

print(Config.HOST, Config.PORT, Config().SHOW())
print(type(Config).__name__, isinstance(Config, UpperAttrs))

class Sub(Config):
    debug = True
print(Sub.DEBUG, type(Sub).__name__)

class Counted(type):
    instances = 0
    def __call__(cls, *a, **k):
        Counted.instances += 1
        return super().__call__(*a, **k)
class W(metaclass=Counted):
    def __init__(self, v): self.v = v
ws = [W(i) for i in range(4)]
print(Counted.instances, ws[-1].v)
print(Config.host)
