# A plugin system: abstract base class, __init_subclass__ registry and virtual subclasses.
from abc import ABC, abstractmethod

class Exporter(ABC):
    registry = {}

    def __init_subclass__(cls, fmt=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if fmt:
            Exporter.registry[fmt] = cls

    @property
    @abstractmethod
    def extension(self): ...

    @abstractmethod
    def export(self, rows): ...

    def filename(self, base):
        return f"{base}.{self.extension}"

class CSV(Exporter, fmt="csv"):
    extension = "csv"
    def export(self, rows):
        return "\n".join(",".join(map(str, r)) for r in rows)

class Half(Exporter, fmt="half"):
    def export(self, rows):
        return "?"

print(sorted(Exporter.registry))
print(sorted(Exporter.__abstractmethods__), sorted(Half.__abstractmethods__), CSV.__abstractmethods__)
e = Exporter.registry["csv"]()
print(e.filename("report"))
print(e.export([(1, 2), ("a", "b")]))
try:
    Half()
except TypeError as err:
    print(err)

class Legacy:
    def export(self, rows): return str(rows)

Exporter.register(Legacy)
print(isinstance(Legacy(), Exporter), issubclass(Legacy, Exporter), Legacy.__mro__[1:])
try:
    Exporter()
except TypeError as err:
    print(err)
