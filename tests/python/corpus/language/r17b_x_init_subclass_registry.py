# A plugin registry with __init_subclass__ and a class attribute naming each worker kind
class Worker:
    registry = {}

    def __init_subclass__(cls, kind=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.kind = kind or cls.__name__.lower()
        Worker.registry[cls.kind] = cls

    def run(self):
        return f'{self.kind} running'

class Downloader(Worker, kind='download'):
    pass

class Parser(Worker):
    def run(self):
        return super().run().upper()

for kind, cls in Worker.registry.items():
    print(kind, cls.__name__, cls().run())
print(Worker.registry['parser'] is Parser, issubclass(Parser, Worker), Parser.__bases__)
class Bad(Worker, colour='red'):
    pass
