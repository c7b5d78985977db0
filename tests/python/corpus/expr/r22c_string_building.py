# building strings: concatenation, join, multiplication, format
parts = []
for i in range(1, 6):
    parts.append(str(i) * i)
print("-".join(parts))
s = ""
for ch in "hello":
    s = ch + s
print(s)
row = ""
for i in range(5):
    row += f"{i:>3}"
print(repr(row))
print("*" * 5 + "\n" + "\n".join("*" + " " * 3 + "*" for _ in range(2)) + "\n" + "*" * 5)
for i in range(1, 6):
    print(" " * (5 - i) + "*" * (2 * i - 1))
for i in range(4, 0, -1):
    print(f"{'#' * i:>4}|{'#' * i:<4}|{'#' * i:^4}|")
bar = lambda frac, w=20: "[" + "#" * int(frac * w) + "." * (w - int(frac * w)) + f"] {frac:>4.0%}"
for f in [0, 0.05, 0.333, 0.5, 0.999, 1]:
    print(bar(f))
print(str(1) + str(2) + str(3.0) + str(None) + str(True) + str([4]))
print(1 + "2")
