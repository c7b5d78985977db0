# assert statements with messages, AssertionError caught, and an assert on a tuple warning
def average(xs):
    assert len(xs) > 0, "average of empty list"
    assert all(isinstance(x, (int, float)) for x in xs), f"non-numbers in {xs!r}"
    return sum(xs) / len(xs)


print(average([1, 2, 3]))
for bad in [[], [1, "2"]]:
    try:
        average(bad)
    except AssertionError as e:
        print("AssertionError:", e, e.args)
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print(repr(e), str(e) == "")
print(__debug__)
x = 5
assert (x > 10, "x too small")
assert x > 10, f"x is {x}"
