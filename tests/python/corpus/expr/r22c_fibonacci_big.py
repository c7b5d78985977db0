# Fibonacci numbers grow into big integers quickly
a, b = 0, 1
fibs = []
for _ in range(301):
    fibs.append(a)
    a, b = b, a + b
for n in [10, 50, 93, 94, 100, 200, 300]:
    f = fibs[n]
    print(f"F({n}) = {f:,}" if n < 100 else f"F({n}) has {len(str(f))} digits, starts {str(f)[:12]}, ends {f % 10**6:06d}")
print(fibs[94] > 2 ** 64, fibs[93] < 2 ** 64, fibs[300].bit_length(), fibs[300] % 1_000_000_007)
ratio = fibs[300] / fibs[299]
print(ratio, (1 + 5 ** 0.5) / 2, ratio == (1 + 5 ** 0.5) / 2)
print(f"{fibs[100]:e}", f"{fibs[100]:.3g}", float(fibs[300]), f"{fibs[300]:.5e}")
even = sum(f for f in fibs if f % 2 == 0 and f < 4_000_000)
print(even, [i for i, f in enumerate(fibs[:40]) if str(f) == str(f)[::-1] and f > 9])
print(float(fibs[300] ** 5))
