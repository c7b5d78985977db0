import asyncio

async def countdown(n):
    if n == 0:
        return 'liftoff'
    return await countdown(n - 1)

async def do_something():
    print(await countdown(50))
    print(await countdown(5000))

asyncio.run(do_something())
