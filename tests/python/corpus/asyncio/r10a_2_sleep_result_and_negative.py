import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    print(await asyncio.sleep(-1, result='negative'))
    print(await asyncio.sleep(0, 'zero'))
    print(await asyncio.sleep(0.01, result=[1, 2]))
    print(loop.time() - start < 0.5)

asyncio.run(main())
