# stepping through a list with a step computed from its length
items = list(range(10))
for parts in (2, 5, 20):
    step = len(items) // parts
    try:
        print(parts, items[::step])
    except ValueError as e:
        print(parts, "ValueError:", e)
    try:
        print(parts, list(range(0, 10, step)))
    except ValueError as e:
        print(parts, "ValueError:", e)
