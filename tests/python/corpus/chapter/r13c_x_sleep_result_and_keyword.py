import asyncio

async def do_something():
    print(await asyncio.sleep(0.01, 'hello'))
    print(await asyncio.sleep(delay=0.01, result=[1, 2]))
    print(await asyncio.sleep(0))
    print(await asyncio.sleep(-5, result='negative is fine'))
    print(await asyncio.sleep(0.01, 'a', 'b'))

asyncio.run(do_something())
