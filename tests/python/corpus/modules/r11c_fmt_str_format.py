from collections import namedtuple

print("{0} {1} {0}".format("a", "b"))
print("{} + {} = {}".format(2, 3, 5))
print("{name} is {age}".format(name="Cy", age=9))
P = namedtuple("P", "x y")
p = P(1, 2)
print("x={0.x} y={0.y}".format(p))
print("{0[0]} {0[1]} {1[key]}".format([10, 20], {"key": "v"}))
print("{p.x}:{p.y}".format(p=p))
print("{:*^20}".format("centred"))
print("{0:b} {0:o} {0:x} {0:,}".format(123456))
print("{{literal}} {}".format("x"))
data = {"user": "dee", "id": 7}
print("{user}#{id:04}".format(**data))
print("{0!r:>10}".format("hi"))
print("{.real} {.imag}".format(3, 4.0))
for bad in ["{0} {}", "{} {1}", "{2}", "{x}", "{0[", "}"]:
    try:
        print(bad.format("a", "b"))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
print("{:%Y}".format(__import__("datetime").date(2024, 5, 1)))
print("{0.__class__.__name__}".format(p))
print(str.format_map("{a}-{b}", {"a": 1, "b": 2}))
class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"
print("{name} lives in {city}".format_map(Default(name="Eve")))
