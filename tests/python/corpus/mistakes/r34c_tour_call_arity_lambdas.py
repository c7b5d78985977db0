# Calling small lambdas and functions with the wrong number of arguments
add = lambda x, y: x + y
shout = lambda text: text.upper()

def greet(name, *, punctuation="!"):
    return f"hi {name}{punctuation}"

calls = [
    lambda: list(map(add, [1, 2])),
    lambda: list(map(shout, ["a"], ["b"])),
    lambda: greet("ana", "?"),
    lambda: greet(punctuation="."),
    lambda: greet("ana", punct="."),
    lambda: sorted([3, 1], key=add),
    lambda: min(),
    lambda: max([]),
    lambda: len(5),
    lambda: print("x", sep=0),
]
for c in calls:
    try:
        print(c())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
greet()
