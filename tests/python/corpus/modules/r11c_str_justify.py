for w in ["a", "abc", "abcdef"]:
    print(f"[{w.center(7)}][{w.center(7, '*')}][{w.ljust(5, '.')}][{w.rjust(5, '.')}]")
print("ab".center(5), "ab".center(6), "abc".center(6), "abc".center(4, "-"))
for n in ["42", "-42", "+7", "abc", "", "3.14"]:
    print(repr(n.zfill(6)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
print("|".join(s.ljust(6) for s in ["id", "name", "qty"]))
menu = {"Coffee": 2.5, "Tea": 1.75, "Hot chocolate": 3}
for item, price in menu.items():
    print(item.ljust(16, ".") + f"{price:.2f}".rjust(6))
print("title".center(20, "="))
