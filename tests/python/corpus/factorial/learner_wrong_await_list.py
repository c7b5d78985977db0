import asyncio

async def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

async def main():
    coros = [fact(n) for n in range(1, 4)]
    results = await coros   # wrong: awaiting a list

asyncio.run(main())
