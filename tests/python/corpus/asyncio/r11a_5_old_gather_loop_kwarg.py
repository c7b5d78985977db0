import asyncio


async def one():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(one(), 1, loop=loop)
    except TypeError as e:
        print("TypeError:", e)
    print(await asyncio.gather(one(), one(), loop=loop))


asyncio.run(main())
