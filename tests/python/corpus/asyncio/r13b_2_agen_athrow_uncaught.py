import asyncio

async def numbers():
    n = 0
    while True:
        yield n
        n += 1
        await asyncio.sleep(0)

async def main():
    gen = numbers()
    print(await gen.__anext__(), await gen.__anext__())
    await gen.athrow(ValueError("stop generating"))

asyncio.run(main())
