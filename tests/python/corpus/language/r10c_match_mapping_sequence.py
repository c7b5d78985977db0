def handle(event):
    match event:
        case {"type": "click", "pos": [x, y]}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest} if rest:
            return f"key {k} with {rest}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t}:
            return f"unhandled {t}"
        case [first, *others]:
            return f"batch of {1 + len(others)} starting with {first}"
        case []:
            return "empty batch"
        case (1, 2) | (2, 1):
            return "one-two"
        case _:
            return "garbage"

events = [
    {"type": "click", "pos": [3, 4]},
    {"type": "click", "pos": (5, 6)},
    {"type": "click", "pos": [1, 2, 3]},
    {"type": "key", "key": "q", "mod": "ctrl"},
    {"type": "key", "key": "w"},
    {"type": "key", "key": 5},
    {"type": "scroll"},
    ["a", "b"], [], (2, 1), "not a sequence", {"no": "type"},
]
for e in events:
    print(handle(e))

match "abc":
    case [*chars]:
        print("str matched a sequence", chars)
    case _:
        print("str is not a sequence pattern")
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print(rest)
