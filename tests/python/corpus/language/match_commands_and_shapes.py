# match: sequence patterns with alternatives, captures, guards and star; mapping and class patterns.
def handle(cmd):
    match cmd.split():
        case ['go', ('north' | 'south') as d]:
            return f'going {d}'
        case ['go', other]:
            return f'cannot go {other}'
        case ['take', *things] if things:
            return f'taking {", ".join(things)}'
        case ['quit' | 'exit']:
            return 'bye'
        case []:
            return 'empty'
        case _:
            return f'unknown: {cmd!r}'

for c in ['go north', 'go up', 'take lamp key', 'take', 'exit', '', 'dance now']:
    print(handle(c))

def kind(x):
    match x:
        case {'type': 'point', 'x': int(px), 'y': int(py)}:
            return f'point {px},{py}'
        case [int(), int()] | (int(), int()):
            return 'pair of ints'
        case str() if len(x) > 3:
            return 'long string'
        case float(v) | int(v):
            return f'number {v}'
    return 'other'
for x in [{'type': 'point', 'x': 1, 'y': 2}, [1, 2], (3, 4), 'hello', 'hi', 2.5, 7, None]:
    print(kind(x))
