# chained comparisons and their surprises
x = 5
print(1 < x < 10, 1 < x > 3, 10 > x > 5, 0 <= x <= 5, x == 5 == 5.0)
print(1 < 2 < 3 < 4 > 2, 3 > 2 == True, (3 > 2) == True, 1 == 1 in [1], 2 in [1, 2] == True)
print(False == False in [False], (False == False) in [False], 1 < 3 != 3)
a = b = c = 2
print(a == b == c, a is b is c, a < b <= c, a != b != 3)
def noisy(v, label):
    print("  eval", label)
    return v
print("result:", noisy(1, "a") < noisy(2, "b") < noisy(0, "c") < noisy(5, "d"))
print("result:", noisy(5, "a") < noisy(2, "b") < noisy(9, "c"))
grade = 83
print("B" if 80 <= grade < 90 else "other", [n for n in range(20) if 3 < n % 7 < 6])
lo, hi = 10, 1
print(lo < 5 < hi, hi < 5 < lo, not lo < 5 < hi)
print("a" < "b" < "c" < "ab" if False else "a" < "b" < "c", "a" < "b" > "A")
print(1 < 2 < "3")
