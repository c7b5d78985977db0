# Perfect, abundant and deficient numbers, and amicable pairs.
def divisor_sum(n):
    total = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            total += d
            if d != n // d:
                total += n // d
        d += 1
    return total if n > 1 else 0

perfect = [n for n in range(2, 10000) if divisor_sum(n) == n]
print("perfect:", perfect)
kinds = {"perfect": 0, "abundant": 0, "deficient": 0}
for n in range(1, 1001):
    s = divisor_sum(n)
    kinds["perfect" if s == n else "abundant" if s > n else "deficient"] += 1
print(kinds)
amicable = []
for a in range(2, 3000):
    b = divisor_sum(a)
    if b > a and divisor_sum(b) == a:
        amicable.append((a, b))
print("amicable:", amicable)
