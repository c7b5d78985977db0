# A results dict filled by gathered tasks, then a key never computed.
import asyncio
results = {}
async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    results[n] = r
async def main():
    await asyncio.gather(*[factorial(n) for n in [5, 3, 4]])
asyncio.run(main())
for n in sorted(results, reverse=True):
    print(f"{n}! = {results[n]}")
print(results[6])
