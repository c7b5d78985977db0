# match with dataclass positional patterns and __match_args__, dispatching task events
from dataclasses import dataclass

@dataclass
class Started:
    name: str

@dataclass
class Finished:
    name: str
    result: int

class Failed:
    __match_args__ = ('name', 'error')
    def __init__(self, name, error):
        self.name, self.error = name, error

def show(event):
    match event:
        case Started(name):
            return f'{name} started'
        case Finished(name, result=0):
            return f'{name} finished with nothing'
        case Finished(name, r) if r > 10:
            return f'{name} finished big: {r}'
        case Finished(n, r):
            return f'{n} -> {r}'
        case Failed(name, ValueError() as e):
            return f'{name} failed: {e}'
        case _:
            return f'unknown {event!r}'

for e in [Started('a'), Finished('a', 0), Finished('b', 42), Finished('c', 7), Failed('d', ValueError('bad')), 3]:
    print(show(e))
print(Finished.__match_args__)
