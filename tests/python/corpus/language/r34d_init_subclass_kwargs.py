# __init_subclass__ taking class keywords to register file format handlers
class Handler:
    registry = {}

    def __init_subclass__(cls, /, ext=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        if ext is None:
            raise TypeError(f"{cls.__name__} needs ext=")
        cls.priority = priority
        Handler.registry.setdefault(ext, []).append(cls)

class CSV(Handler, ext="csv"):
    pass

class FastCSV(CSV, ext="csv", priority=5):
    pass

class JSON(Handler, ext="json", priority=1):
    pass

for ext, classes in Handler.registry.items():
    best = max(classes, key=lambda c: c.priority)
    print(ext, [c.__name__ for c in classes], "->", best.__name__)

try:
    class Broken(Handler):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Odd(Handler, ext="x", colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
