# a dice game's random calls, with the mistakes I made while writing it
import random

random.seed(7)
calls = [
    ("randrange(0)", lambda: random.randrange(0)),
    ("randrange(5, 1)", lambda: random.randrange(5, 1)),
    ("randrange(1, 10, 0)", lambda: random.randrange(1, 10, 0)),
    ("randint(6)", lambda: random.randint(6)),
    ("randint(1, 6.5)", lambda: random.randint(1, 6.5)),
    ("choice('')", lambda: random.choice("")),
    ("choice({1: 'a'})", lambda: random.choice({1: "a"})),
    ("sample({1, 2}, 1)", lambda: random.sample({1, 2}, 1)),
    ("sample([1, 2], 3)", lambda: random.sample([1, 2], 3)),
    ("choices('ab', [1])", lambda: random.choices("ab", [1])),
    ("choices('ab', k=-1)", lambda: random.choices("ab", k=-1)),
    ("shuffle('abc')", lambda: random.shuffle("abc")),
    ("seed([1])", lambda: random.seed([1])),
    ("uniform(1)", lambda: random.uniform(1)),
    ("gauss(0)", lambda: random.gauss(0)),
]
for label, call in calls:
    try:
        print(label, "->", call())
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
