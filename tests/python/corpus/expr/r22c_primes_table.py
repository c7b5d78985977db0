# a sieve of Eratosthenes printed as a table
limit = 200
is_prime = [False, False] + [True] * (limit - 1)
for i in range(2, int(limit ** 0.5) + 1):
    if is_prime[i]:
        is_prime[i * i::i] = [False] * len(is_prime[i * i::i])
primes = [i for i, p in enumerate(is_prime) if p]
print(f"{len(primes)} primes below {limit}, sum {sum(primes)}, last {primes[-1]}")
for row in range(0, len(primes), 10):
    print(" ".join(f"{p:>3}" for p in primes[row:row + 10]))
twins = [(p, p + 2) for p in primes if p + 2 <= limit and is_prime[p + 2]]
print(len(twins), twins[:5], twins[-1])
gaps = [b - a for a, b in zip(primes, primes[1:])]
print(max(gaps), gaps.index(max(gaps)), {g: gaps.count(g) for g in sorted(set(gaps))})
def factor(n):
    out, d = [], 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    return out + ([n] if n > 1 else [])
for n in [360, 97, 2 ** 31 - 1, 600851475143, 10 ** 12 + 39]:
    fs = factor(n)
    print(f"{n:>15,} = {' x '.join(map(str, fs))}")
