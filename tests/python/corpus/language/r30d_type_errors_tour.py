# A tour of TypeError messages learners run into with built-ins and their own functions
def greet(name, greeting="hi", *, loud=False):
    return greeting + " " + name


attempts = [
    lambda: "age: " + 5,
    lambda: 5 + "5",
    lambda: len(42),
    lambda: greet(),
    lambda: greet("a", "b", "c"),
    lambda: greet("a", loud=True, volume=3),
    lambda: greet("a", name="b"),
    lambda: None(),
    lambda: [1, 2]["0"],
    lambda: {[1]: 2},
    lambda: sum(["a", "b"]),
    lambda: int([1]),
    lambda: sorted([1, None]),
    lambda: max(),
    lambda: abs("x"),
    lambda: round("2.5"),
    lambda: (1, 2) * 1.5,
    lambda: iter(5),
    lambda: "x".join([1, 2]),
    lambda: f"{'x':d}" if False else divmod("a", 2),
]
for i, f in enumerate(attempts):
    try:
        f()
    except TypeError as e:
        print(f"{i:2}: {e}")
