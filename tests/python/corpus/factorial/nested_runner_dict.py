# Factorial exercise: the asyncio docs' gather example with named tasks, results in a dict via a nested coroutine.
import asyncio
async def factorial(name, number):
    f = 1
    for i in range(2, number + 1):
        print(f"Task {name}: Compute factorial({number}), currently i={i}...")
        await asyncio.sleep(1 if False else 0.01)
        f *= i
    print(f"Task {name}: factorial({number}) = {f}")
    return f
async def main():
    results = {}
    async def run(n):
        results[n] = await factorial(chr(64 + n), n)
    await asyncio.gather(*(run(n) for n in (2, 3, 4)))
    print(dict(sorted(results.items())))
    print(f"{'n':<3}{'n!':>6}")
    for n, v in sorted(results.items(), key=lambda kv: -kv[1]):
        print(f"{n:<3}{v:>6}")
asyncio.run(main())
