import asyncio

async def numbers(limit):
    for n in range(limit):
        await asyncio.sleep(0.01)
        yield n

async def factorial(n):
    out = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.001)
        out *= i
    return out

async def main():
    facts = [await factorial(n) async for n in numbers(8)]
    print(facts)
    evens = {n: f async for n in numbers(8) if n % 2 == 0 for f in [await factorial(n)]}
    print(evens)
    gen = (await factorial(n) async for n in numbers(4))
    print([x async for x in gen])

asyncio.run(main())
