# a multiplication grid with computed column widths
n = 12
w = len(str(n * n)) + 1
print(" " * w + "".join(f"{c:>{w}}" for c in range(1, n + 1)))
print(" " * w + "-" * (w * n))
for r in range(1, n + 1):
    print(f"{r:>{w - 1}}|" + "".join(f"{r * c:>{w}}" for c in range(1, n + 1)))
squares = [i * i for i in range(1, 11)]
print(" ".join(map(str, squares)))
print(*(f"{i}^3={i ** 3}" for i in range(1, 6)), sep="; ")
print("{:-^30}".format(" powers of two "))
print(", ".join(f"{2 ** i:,}" for i in range(0, 41, 8)))
