# a memo dict shared by the tasks: later ones reuse earlier products
import asyncio

memo = {0: 1}
hits = []

async def factorial(n):
    if n in memo:
        hits.append(n)
        return memo[n]
    await asyncio.sleep(0.01)
    memo[n] = n * await factorial(n - 1)
    return memo[n]

async def main():
    for n in [3, 5, 4, 8]:
        r = await factorial(n)
        print(f"{n}! = {r}, memo has {len(memo)} entries")
    print("cache hits for:", hits)

asyncio.run(main())
