# Finding primes with Wilson's theorem: p is prime when (p-1)! % p == p - 1. Each check is its own task.
import asyncio


async def is_prime_wilson(p):
    if p < 2:
        return False
    f = 1
    for i in range(2, p):
        f = (f * i) % p
    await asyncio.sleep(0.001 * p)
    return f == p - 1


async def main():
    candidates = list(range(1, 30))
    flags = await asyncio.gather(*(is_prime_wilson(p) for p in candidates))
    primes = [p for p, ok in zip(candidates, flags) if ok]
    print("primes:", primes)
    print("count:", len(primes), "sum:", sum(primes))


asyncio.run(main())
