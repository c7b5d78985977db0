# bool is an int: counting with sum(), indexing with bools and the surprises that follow.
votes = [True, False, True, True, False]
print(sum(votes), votes.count(True), sum(votes) / len(votes), True + True * 3)
print(["no", "yes"][True], ("even", "odd")[7 % 2], True == 1, True is 1 if False else "skip")
print(isinstance(True, int), issubclass(bool, int), type(True + 0).__name__, True & False, True ^ True)
print(int(True), float(False), str(True), repr(False), bool("False"), bool(""), bool(0.0), bool([0]))
print(~True, -True, True / 2, True // 2, 2 ** True, divmod(True, 2))
print(max(True, 0.5), min([True, False]), sorted([True, 0, False, 1]), {True: "a", 1: "b"})
print(f"{True:d} {True:>5} {True!r:>6} {False:.2f}")
print(all([]), any([]), all([1, 0]), any([0, "", None, [0]]), not None, not [], not -1)
print(True and "second", False or "fallback", None or 0 or "" or "last", 0 and 1)
print(bool.__mro__, True.__class__.__name__, (3 > 2) + (2 > 3))
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
print(bool(int), bool(NotImplemented) if False else "skip", len([x for x in range(10) if x % 3 == 0]))
print(hash(True) == hash(1), {1, True, 1.0}, [1, 2, 3][True:], "abc"[False])
