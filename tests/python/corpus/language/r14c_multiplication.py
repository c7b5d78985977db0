# A multiplication table with nested loops and aligned columns, and a times-table quiz check.
n = 9
print("    " + "".join(f"{j:>4}" for j in range(1, n + 1)))
print("    " + "-" * 4 * n)
for i in range(1, n + 1):
    row = "".join(f"{i * j:>4}" for j in range(1, n + 1))
    print(f"{i:>2} |{row}")
print()
for i in range(1, 6):
    print(" ".join(str(i * j).rjust(2) for j in range(1, i + 1)))
squares = {i: i * i for i in range(1, 11)}
print(squares)
print(sum(i * j for i in range(1, 10) for j in range(1, 10)))
