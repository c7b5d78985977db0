# bool as int, chained comparisons a learner writes, truthiness of everyday objects.
print(True + True, True * 5, sum([True, False, True]), True / 2, -True, ~True, True << 3, f"{True:>5}|{True:d}|")
print([bool(x) for x in (0, 0.0, -0.0, "", " ", [], [0], {}, None, 0j, range(0), range(1), "False")])
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, (3 > 2) == 2, 1 == 1.0 == True, "a" < "b" < "c", [1, 2] < [1, 3])
print(isinstance(True, int), type(True + 1), True is 1 == 1 if False else "skip", int("1") is 1 if False else "skip")
print(str(True), repr(False), bool("0"), int(True), float(False), True and 3, 0 or "", None or 0, 3 and 0)
print(not [], not [[]], (not 1) == False, True == 1, hash(True) == hash(1), {1: "a", True: "b"}, {True, 1, 1.0})
print(max(True, 2), min(False, -1), abs(True), divmod(True, 2), round(True), pow(True, 10), True ** -1)
print(all([]), any([]), all([1, 0]), any([0, "", 3]), all(x > 0 for x in [1, 2]), any(x for x in ""))
