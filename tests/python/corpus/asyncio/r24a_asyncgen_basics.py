import asyncio

async def countdown(n):
    while n > 0:
        await asyncio.sleep(0.01)
        yield n
        n -= 1

async def main():
    async for x in countdown(3):
        print("tick", x)
    squares = [x * x async for x in countdown(4)]
    print(squares)
    evens = {x: x % 2 == 0 async for x in countdown(3)}
    print(evens)
    g = countdown(2)
    print(type(g).__name__, g.__name__)
    print(await g.__anext__(), await anext(g))
    print(await anext(g, "exhausted"))
    await anext(g)

asyncio.run(main())
