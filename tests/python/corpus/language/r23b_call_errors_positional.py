def greet(name, greeting="hello", *, punct="!"):
    return f"{greeting} {name}{punct}"

def pos_only(a, b, /, c):
    return a + b + c

def kw_only(*, x, y=2):
    return x * y

class Box:
    def put(self, item, qty=1):
        return item * qty

calls = [
    lambda: greet(),
    lambda: greet("a", "b", "c"),
    lambda: greet("a", punct="?", extra=1),
    lambda: greet("a", name="b"),
    lambda: pos_only(1, b=2, c=3),
    lambda: pos_only(1, 2),
    lambda: kw_only(1),
    lambda: kw_only(),
    lambda: kw_only(x=1, z=2),
    lambda: Box().put(),
    lambda: Box().put(1, 2, 3),
    lambda: Box.put("item"),
    lambda: Box().put(item=1, qty=2, size=3),
    lambda: len(),
    lambda: len([1], [2]),
    lambda: int("5", bas=10),
    lambda: sorted([3, 1], lambda x: x),
]
for i, call in enumerate(calls):
    try:
        print(i, "ok", call())
    except TypeError as e:
        print(i, "TypeError:", e)
print(greet("z", punct="?"), pos_only(1, 2, c=3), kw_only(x=5))
greet("a", "b", "c", "d")
