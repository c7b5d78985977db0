# Language: while loops with break/else, counters, nested loops and loop-else on search.
def first_divisor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return None
    return d

for n in [15, 17, 49, 2]:
    print(n, first_divisor(n))
i, total = 0, 0
while True:
    i += 1
    if i % 2:
        continue
    total += i
    if i >= 10:
        break
print(i, total)
for row in range(1, 4):
    print(' '.join(f'{row * col:3}' for col in range(1, 6)))
n, steps = 27, 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print('collatz steps', steps)
