# Mixins and the MRO: a logging mixin and a timing mixin around a worker's run(), printed with super() order
class Base:
    def run(self):
        print('  Base.run')
        return 1

class LogMixin:
    def run(self):
        print('  LogMixin before')
        r = super().run()
        print('  LogMixin after')
        return r + 10

class CountMixin:
    calls = 0
    def run(self):
        type(self).calls += 1
        print(f'  CountMixin call {self.calls}')
        return super().run() + 100

class Worker(LogMixin, CountMixin, Base):
    pass

w = Worker()
print(w.run())
print(w.run())
print([c.__name__ for c in Worker.__mro__])
class Broken(Base, LogMixin):
    pass
print(Broken().run())
class Bad(LogMixin, Worker):
    pass
