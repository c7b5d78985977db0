# finding things that are not there, with each kind of index() and remove()
tries = [
    lambda: [1, 2].index(3),
    lambda: (1, 2).index(3),
    lambda: "abc".index("z"),
    lambda: b"abc".index(b"z"),
    lambda: [1, 2].remove(3),
    lambda: "abc".rindex("z"),
]
for t in tries:
    try:
        t()
    except ValueError as e:
        print("ValueError:", e)
