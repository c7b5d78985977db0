# errors printed to sys.stderr between the results printed to stdout
import asyncio
import sys

async def factorial(n):
    await asyncio.sleep(0.1 * abs(n))
    if n < 0:
        print(f"error: {n} is negative", file=sys.stderr)
        return None
    r = 1
    for i in range(2, n + 1):
        r *= i
    print(f"{n}! = {r}")
    return r

async def main():
    results = await asyncio.gather(*(factorial(n) for n in [3, -5, 8, -1, 12]))
    print("ok:", [r for r in results if r is not None])
    sys.stderr.write(f"{results.count(None)} bad inputs\n")
    print("done", flush=True)

asyncio.run(main())
