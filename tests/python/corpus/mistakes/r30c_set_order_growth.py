# A set that grows and shrinks, printed at each step.
seen = set()
for n in [64, 128, 8, 16, 32, 0, 256, 512, 96, 7]:
    seen.add(n)
    if n % 3 == 0:
        seen.discard(n // 2)
    print(sorted(seen) == list(seen), seen)
