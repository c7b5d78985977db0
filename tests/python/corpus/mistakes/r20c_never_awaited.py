# coroutine never awaited warning on stderr
import asyncio

async def save(x):
    print("saving", x)

async def main():
    save(1)
    await save(2)
    print("done")

asyncio.run(main())
