import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    await asyncio.sleep(0.01)
    return f

async def main():
    results = await asyncio.gather(*(factorial(n) for n in (10, 100, 200)))
    for r in results:
        print(f"{r:.3e}")

asyncio.run(main())
