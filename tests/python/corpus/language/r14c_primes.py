# Primes three ways: trial division, the sieve, and a generator of primes.
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True

def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if flags[i]:
            flags[i*i::i] = [False] * len(flags[i*i::i])
    return [i for i, f in enumerate(flags) if f]

def primes():
    n = 2
    while True:
        if is_prime(n):
            yield n
        n += 1

print([n for n in range(50) if is_prime(n)])
print(sieve(50) == [n for n in range(51) if is_prime(n)])
print(len(sieve(10000)), sieve(10000)[-3:])
gen = primes()
print([next(gen) for _ in range(15)])
print("twin primes:", [(p, p + 2) for p in sieve(100) if is_prime(p + 2)])
