# A results dict filled by tasks, printed sorted by key and by value.
import asyncio

results = {}

async def factorial(n):
    await asyncio.sleep(0.1 * (10 - n))
    value = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0)
        value *= i
    results[n] = value

async def main():
    await asyncio.gather(*(factorial(n) for n in [6, 2, 8, 4]))
    print(list(results))
    for k in sorted(results):
        print(k, results[k])
    print(sorted(results.items(), key=lambda kv: kv[1], reverse=True)[:2])

asyncio.run(main())
