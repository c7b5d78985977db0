# Mixing types in operators the way beginners often do
pairs = [
    ([1], (2,)), ({1}, {2}), ({"a": 1}, {"b": 2}), ("5", "3"), ("5", 3), (None, 1),
]
for a, b in pairs:
    try:
        print(repr(a), "+", repr(b), "=", a + b)
    except TypeError as e:
        print("TypeError:", e)
for a, b in [("5", "3"), ([0], 2.0), (None, 1)]:
    try:
        print(a * b)
    except TypeError as e:
        print("TypeError:", e)
try:
    print(1 in "abc")
except TypeError as e:
    print("TypeError:", e)
print(3 in 5)
