from abc import ABC, abstractmethod

class Serializer(ABC):
    formats = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        if not getattr(cls, "__abstractmethods__", None):
            Serializer.formats[cls.fmt()] = cls
    @classmethod
    @abstractmethod
    def fmt(cls): ...
    @abstractmethod
    def dumps(self, obj): ...
    @staticmethod
    @abstractmethod
    def version(): ...

class Csv(Serializer):
    @classmethod
    def fmt(cls): return "csv"
    def dumps(self, obj): return ",".join(map(str, obj))
    @staticmethod
    def version(): return 1

class Partial(Serializer):
    @classmethod
    def fmt(cls): return "partial"

print(sorted(Serializer.formats), Csv().dumps([1, 2, 3]), Csv.version())
print(sorted(Partial.__abstractmethods__))
for cls in (Serializer, Partial):
    try:
        cls()
    except TypeError as e:
        print(e)
print(Serializer.fmt.__isabstractmethod__, Csv.fmt.__isabstractmethod__ if hasattr(Csv.fmt, "__isabstractmethod__") else False)
Partial().dumps(1)
