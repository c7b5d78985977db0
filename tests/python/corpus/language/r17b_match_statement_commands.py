# match statement dispatching commands from a list of tuples and dicts
def handle(cmd):
    match cmd:
        case ('sleep', float() | int() as d) if d > 0:
            return f'sleep for {d}s'
        case ('sleep', d):
            return f'bad delay {d!r}'
        case {'op': 'add', 'args': [a, b]}:
            return f'add -> {a + b}'
        case {'op': op}:
            return f'unknown op {op}'
        case [*items] if len(items) > 2:
            return f'{len(items)} items'
        case _:
            return 'no match'

for c in [('sleep', 0.5), ('sleep', -1), {'op': 'add', 'args': [2, 3]}, {'op': 'mul'}, [1, 2, 3], 'x', ('sleep', 2)]:
    print(f'{c!r:35} {handle(c)}')
