def v(x):
    print(f"  v({x})")
    return x

print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True, "a" < "b" <= "b" != "c")
print(v(1) < v(5) > v(3))
print(v(5) < v(1) < v(99))
items = [1, 2]
print(2 in items is not None, None is None is None, 1 in items in [items])
x = 5
print(0 < x <= 10, not 0 < x < 3, 0 < x < 3 or x > 4)
print((1 < 2) < 3, 1 < (2 < 3))
a = b = [1]
print(a is b == [1], a == b is not None)
age = 25
category = "child" if age < 13 else "teen" if age < 20 else "adult" if age < 65 else "senior"
print(category)
print([("even" if n % 2 == 0 else "odd") if n else "zero" for n in range(4)])
print(not None, not [], not [0], None or "default", 0 or [] or "last", 1 and 2 and 3, 1 and 0 and 3)
print(True + True, True * 3, sum([True, False, True]), int(True), True == 1, True is 1 if False else "skip")
s = "abc"
print("b" in s, "ac" in s, "" in s, s.find("z"), "B" not in s)
print(isinstance(True, int), type(True) == int, bool("False"), bool(0.0), bool(" "))
print(1 < "a")
