import asyncio

results = {}

async def fact(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    results[n] = f

async def main():
    await asyncio.gather(*(fact(n) for n in range(1, 6)))
    print(results)
    n = input("which? ") if False else "5"
    print(results[n])

asyncio.run(main())
