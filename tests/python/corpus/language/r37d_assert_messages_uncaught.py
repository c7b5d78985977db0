# Using assert to check function inputs while learning; the last assert fails with a computed message.
def average(scores):
    assert isinstance(scores, list), f"expected list, got {type(scores).__name__}"
    assert scores, "scores must not be empty"
    assert all(0 <= s <= 100 for s in scores), \
        f"out of range: {[s for s in scores if not 0 <= s <= 100]}"
    return sum(scores) / len(scores)

print(average([90, 80]))
for bad in ((1, 2), [], [50, 101, -3]):
    try:
        average(bad)
    except AssertionError as e:
        print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
assert (1, "tuple is truthy")
x = 3
assert x == 4, (x, "x should be four")
