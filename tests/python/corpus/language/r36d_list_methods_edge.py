# List methods at their edges: insert, remove, index ranges, extend with itself and sort keys.
lst = [3, 1, 2]
lst.insert(100, "end")
lst.insert(-100, "start")
lst.insert(-1, "before-end")
print(lst)
try:
    lst.remove(42)
except ValueError as e:
    print("ValueError:", e)
letters = list("abcabc")
print(letters.index("c"), letters.index("c", 3), letters.count("a"))
try:
    letters.index("a", 1, 3)
except ValueError as e:
    print("ValueError:", e)
x = [1, 2]
x.extend(x)
x += x[:1]
print(x, x * 0, [] * 5, [[]] * 2)
x.append(x)
print(x, len(x))
y = [5, 3, 9]
print(y.sort(), y, sorted(y, reverse=True), y.reverse(), y)
print(y.pop(), y.pop(0), y, [].copy())
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
z = [1, 2, 3]
z[1:2] = "ab"
print(z, z == [1, "a", "b", 3], [1, 2] < [1, 2, 0], [2] > [1, 9])
print(list("hi") + ["!"], list(range(3)) * 2, 3 in [1, [3]], [3] in [1, [3]])
try:
    [1, 2] + (3,)
except TypeError as e:
    print("TypeError:", e)
w = [1, 2]
w += (3,)
print(w, list(reversed(w)), w.clear(), w)
print([0.1, 0.2].index(0.2), [float("nan")].count(float("nan")))
[1, 2, 3].index(4)
