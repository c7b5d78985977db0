# Collatz sequences: length of each, the longest under 10000, and the peak.
def collatz(n):
    seq = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        seq.append(n)
    return seq

print(collatz(27)[:12], "...", len(collatz(27)))
print("peak of 27:", max(collatz(27)))
cache = {1: 1}
def length(n):
    if n in cache:
        return cache[n]
    nxt = n // 2 if n % 2 == 0 else 3 * n + 1
    cache[n] = 1 + length(nxt)
    return cache[n]

best = max(range(1, 10000), key=length)
print("longest under 10000:", best, length(best))
for n in [1, 7, 97, 871]:
    print(f"{n:>4}: {length(n):>3} steps")
