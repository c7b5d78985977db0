# A CPU-bound function in a thread gives its result; two of them in gather give theirs in argument order.
import asyncio

def count_primes(n):
    sieve = [True] * n
    sieve[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, n, i))
    return sum(sieve)

async def main():
    results = await asyncio.gather(asyncio.to_thread(count_primes, 10000), asyncio.to_thread(count_primes, 20000))
    print(results)
    print(await asyncio.get_running_loop().run_in_executor(None, count_primes, 100))

asyncio.run(main())
