# Collatz sequences, longest chains and formatting
def collatz(n):
    steps = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps.append(n)
    return steps
print(collatz(6), len(collatz(27)), max(collatz(27)))
best = max(range(1, 10000), key=lambda n: len(collatz(n)))
print(best, len(collatz(best)), f"{max(collatz(best)):,}")
print(" -> ".join(map(str, collatz(7))))
for start in [2 ** 20, 2 ** 100 + 1, 10 ** 30 - 1]:
    seq = collatz(start)
    print(f"{start:.3e} steps={len(seq) - 1} peak_digits={len(str(max(seq)))}")
print(collatz(0.5) if False else collatz(3.0))
print(collatz(-1)[:3] if False else "negative skipped")
