# tutorial 5.7: more on conditions, short circuit returns last value, walrus
string1, string2, string3 = '', 'Trondheim', 'Hammer Dance'
non_null = string1 or string2 or string3
print(non_null)
print(1 < 2 < 3, 1 < 3 < 2, 'a' in 'cat', 3 not in [1, 2], None is None)
print(0 and 1 / 0, 1 or 1 / 0, [] or {}, 'x' and 'y', not [], not 'a')
print(1 == 1.0, 1 is 1.0, [1] == [1], (1, 2) != (1, 2))
data = [3, 9, 12, 1]
if (n := len(data)) > 3:
    print(f"List is too long ({n} elements, expected <= 3)")
print([y for x in data if (y := x * 2) > 10], y)
A, B = True, False
print(A and not B or B, not A == B)
