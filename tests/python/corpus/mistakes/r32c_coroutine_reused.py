# Awaiting the same coroutine object twice.
import asyncio

async def load():
    await asyncio.sleep(0.01)
    return "loaded"

async def main():
    c = load()
    print(await c)
    print(await c)

asyncio.run(main())
