import asyncio

async def tick(name):
    for i in range(2):
        asyncio.sleep(0.1)
        print(name, i)

async def main():
    await asyncio.gather(tick("a"), tick("b"))

asyncio.run(main())
