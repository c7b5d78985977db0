# The match statement: literals, captures, guards, sequences with *rest, mappings, classes, or-patterns.
from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

def describe(value):
    match value:
        case None:
            return 'nothing'
        case 0 | 1 as small:
            return f'small number {small}'
        case int(n) if n < 0:
            return f'negative {n}'
        case int() | float():
            return 'a number'
        case str(text) if text:
            return f'text {text!r}'
        case []:
            return 'empty list'
        case [first, *rest]:
            return f'list starting {first}, {len(rest)} more'
        case {'cmd': 'move', 'to': Point(x=0, y=y)}:
            return f'move along the y axis to {y}'
        case {'cmd': cmd, **options}:
            return f'command {cmd} with {options}'
        case Point(0, 0):
            return 'the origin'
        case Point(x, y) if x == y:
            return f'diagonal at {x}'
        case Point(x=x):
            return f'a point with x={x}'
        case _:
            return 'something else'

for v in [None, 1, -4, 2.5, 'hi', '', [], [1, 2, 3], {'cmd': 'move', 'to': Point(0, 7)},
          {'cmd': 'stop', 'now': True}, Point(0, 0), Point(3, 3), Point(5, 1), (1,)]:
    print(describe(v))

def run(command):
    match command.split():
        case ['go', ('north' | 'south') as direction]:
            print('going', direction)
        case ['go', _]:
            print('cannot go that way')
        case ['quit' | 'exit']:
            print('bye')
        case _:
            print('unknown:', command)

for c in ['go north', 'go up', 'exit', 'dance']:
    run(c)
