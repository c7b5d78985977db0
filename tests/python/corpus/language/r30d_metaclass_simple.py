# A simple metaclass that upper-cases attribute names and counts created classes
class Meta(type):
    created = []

    def __new__(mcls, name, bases, ns, **kw):
        ns = {k if k.startswith("__") else k.upper(): v for k, v in ns.items()}
        cls = super().__new__(mcls, name, bases, ns)
        mcls.created.append(name)
        return cls

    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"


class Config(metaclass=Meta):
    host = "localhost"
    port = 8080


class Child(Config):
    debug = True


print(Config.HOST, Child.PORT, Child.DEBUG, Meta.created)
print(Config, type(Config), type(Child).__name__, isinstance(Config, type))
print(hasattr(Config, "host"))
Point = type("Point", (), {"x": 0, "show": lambda self: f"x={self.x}"})
print(Point().show(), Point.__name__, type(Point))
print(Config.host)
