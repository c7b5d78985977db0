# An AttributeError raised while looking an attribute up (in a property's
# getter, in a descriptor's __get__) hands the lookup to __getattr__, as
# CPython's slot does; other errors go through as they are
class Config:
    def __init__(self):
        self.values = {"port": 8080}

    @property
    def host(self):
        return self.values["host"]  # KeyError: not handed over

    @property
    def port(self):
        return self.values["port"]

    @property
    def name(self):
        return self.missing_name  # AttributeError -> __getattr__

    def __getattr__(self, attr):
        print("__getattr__", attr)
        if attr == "missing_name":
            raise AttributeError(f"no {attr} here")
        return f"<{attr}>"

c = Config()
print(c.port)
print(c.timeout)
print(getattr(c, "retries", None))
print(hasattr(c, "name"))
try:
    c.host
except KeyError as e:
    print("KeyError", e)

class Plain:
    @property
    def x(self):
        raise AttributeError("x is not ready")

try:
    Plain().x
except AttributeError as e:
    print("AttributeError", e)
print(c.name)
