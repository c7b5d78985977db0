import asyncio

async def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
        if i % 4 == 0:
            await asyncio.sleep(0.001)
    return result

async def is_prime(p):
    # Wilson's theorem: p is prime iff (p-1)! = -1 mod p
    return p > 1 and (await factorial(p - 1) + 1) % p == 0

async def main():
    candidates = range(1, 40)
    flags = await asyncio.gather(*(is_prime(p) for p in candidates))
    primes = [p for p, ok in zip(candidates, flags) if ok]
    print('primes:', primes)
    print('count:', len(primes))

asyncio.run(main())
