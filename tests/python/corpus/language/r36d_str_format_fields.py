# str.format with indexes, attributes, keys, format_map and a forgiving missing-key dict.
from types import SimpleNamespace

user = SimpleNamespace(name="ada", langs=["py", "c"])
row = {"id": 7, "score": 93.456}
print("{0}-{1}-{0}".format("a", "b"), "{}{}".format(1, 2), "{x}{y}".format(x=1, y=2))
print("{u.name} knows {u.langs[0]} and {u.langs[1]}".format(u=user))
print("#{r[id]:03d} scored {r[score]:.1f}".format(r=row))
print("{0:{fill}{align}{width}}".format("mid", fill="~", align="^", width=9))
print("{:{}.{}f}".format(3.14159, 8, 2), "{!r:>8}".format("hi"), "{0!s:^7}|".format(None))

class Lenient(dict):
    def __missing__(self, key):
        return "{" + key + "}"

template = "Hi {name}, your code is {code}"
print(template.format_map(Lenient(name="bo")))
print("{a} {b}".format_map({"a": 1, "b": 2}), "{0[0]}".format("xyz"))
for fmt, args, kwargs in [("{} {}", (1,), {}), ("{0} {}", (1, 2), {}), ("{x}", (), {}),
                          ("{0.missing}", (1,), {}), ("{:d}", ("s",), {}), ("{", (), {}), ("{0[5]}", ("ab",), {})]:
    try:
        print(fmt.format(*args, **kwargs))
    except (IndexError, KeyError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print("{{}} {}".format("kept"), "{:,}".format(1234567), "{:>{w}}".format("r", w=4))
print("{:%Y-%m}".format(__import__("datetime").date(2024, 5, 1)))
print("{0:b} {0:o} {0:x} {0:c}".format(65), "{:e}".format(0), "{:+.2%}".format(-0.125))
