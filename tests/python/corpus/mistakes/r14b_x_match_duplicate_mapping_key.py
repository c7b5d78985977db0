# Mistake: a mapping pattern that names the same key twice (a compile-time SyntaxError).
def handle(event):
    match event:
        case {'type': 'click', 'x': x, 'type': kind}:
            return f'click at {x} ({kind})'
        case _:
            return 'other'


print(handle({'type': 'click', 'x': 3}))
