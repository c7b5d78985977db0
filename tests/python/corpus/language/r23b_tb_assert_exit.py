def check_ratio(a, b):
    assert b != 0, f"denominator is zero (a={a})"
    ratio = a / b
    assert 0 <= ratio <= 1, ratio
    return ratio

for pair in [(1, 2), (3, 2), (1, 0)]:
    try:
        print(check_ratio(*pair))
    except AssertionError as e:
        print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e)
x = 5
assert (x > 10, "tuple is always true")
print("tuple assert passed")
assert isinstance(x, str), f"expected str, got {type(x).__name__}"
