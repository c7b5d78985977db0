# Values called as functions: the result of a call, an attribute, a list.
class Temperature:
    def __init__(self, c):
        self.celsius = c

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

t = Temperature(20)
checks = [
    lambda: t.fahrenheit(),
    lambda: t.celsius(),
    lambda: [1, 2](0),
    lambda: (1, 2)(0),
    lambda: {"a": 1}("a"),
    lambda: "hello"(),
    lambda: None(),
    lambda: True(),
    lambda: Temperature(1)(),
    lambda: len(t),
    lambda: t[0],
    lambda: iter(t),
    lambda: 5 in t,
]
for c in checks:
    try:
        print(c())
    except TypeError as e:
        print("TypeError:", e)
