# Sorting errors: a key that raises, comparing mixed types, mutating during sort, sort in place result
data = ["10", "9", "x", "100"]
try:
    data.sort(key=int)
except ValueError as e:
    print("ValueError:", e, data)
print(sorted(data, key=lambda s: (not s.isdigit(), int(s) if s.isdigit() else 0, s)))
records = [{"n": 2}, {"n": 1}, {}]
try:
    records.sort(key=lambda r: r["n"])
except KeyError as e:
    print("KeyError:", e, records)
print(sorted(records, key=lambda r: r.get("n", 0)))
nums = [3, 1, 2]


def evil(x):
    nums.append(x)
    return x


try:
    nums.sort(key=evil)
except ValueError as e:
    print("ValueError:", e)
print(sorted([[1, "a"], [1, 2]], key=len), sorted([None, None]))
print(sorted([1, 2, None]))
