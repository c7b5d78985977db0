# Discovering plugins with __subclasses__ recursively, and an ordered registry by class attribute
class Exporter:
    fmt = None
    priority = 0

    def export(self, data):
        raise NotImplementedError

    @classmethod
    def all(cls):
        out = []
        for sub in cls.__subclasses__():
            out.append(sub)
            out.extend(sub.all())
        return out


class CsvExporter(Exporter):
    fmt, priority = "csv", 2

    def export(self, data):
        return ",".join(map(str, data))


class TsvExporter(CsvExporter):
    fmt = "tsv"

    def export(self, data):
        return super().export(data).replace(",", "\t")


class JsonExporter(Exporter):
    fmt, priority = "json", 5

    def export(self, data):
        import json
        return json.dumps(data)


print([c.__name__ for c in Exporter.all()])
for cls in sorted(Exporter.all(), key=lambda c: (-c.priority, c.fmt)):
    print(f"{cls.fmt:5} {cls().export([1, 'a', None])!r}")
print(Exporter.__subclasses__(), object.__subclasses__ is not None)
Exporter().export([])
