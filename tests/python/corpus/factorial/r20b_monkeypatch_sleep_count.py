# Harness replaces asyncio.sleep with a counting wrapper to verify one sleep per loop step.
import asyncio
from collections import Counter

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

calls = Counter()
real_sleep = asyncio.sleep

async def counting_sleep(delay, result=None):
    calls[delay] += 1
    return await real_sleep(delay / 100, result)

asyncio.sleep = counting_sleep
try:
    async def main():
        return await asyncio.gather(*[factorial(n) for n in [5, 7, 3, 6]])
    res = asyncio.run(main())
finally:
    asyncio.sleep = real_sleep
print('results:', res)
print('sleep calls:', dict(calls))
print('expected calls:', 5 + 7 + 3 + 6, 'ok' if calls[0.1] == 21 else 'wrong')
print('restored:', asyncio.sleep is real_sleep)
