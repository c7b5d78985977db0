# functools.singledispatchmethod in a class that serialises values of several types
from functools import singledispatchmethod
from datetime import date


class Serializer:
    def __init__(self, indent=""):
        self.indent = indent

    @singledispatchmethod
    def dump(self, obj):
        raise TypeError(f"cannot serialise {type(obj).__name__}")

    @dump.register
    def _(self, obj: int):
        return f"{self.indent}int {obj}"

    @dump.register
    def _(self, obj: str):
        return f"{self.indent}str {obj!r}"

    @dump.register
    def _(self, obj: list):
        inner = Serializer(self.indent + "  ")
        return "\n".join([f"{self.indent}list"] + [inner.dump(x) for x in obj])

    @dump.register
    def _(self, obj: date):
        return f"{self.indent}date {obj:%d %b %Y}"


s = Serializer()
print(s.dump([1, "two", [3, date(2024, 1, 5)], True]))
print(s.dump(3.5))
