# Awaiting an async generator as if it were a coroutine.
import asyncio

async def stream():
    for i in range(2):
        await asyncio.sleep(0.01)
        yield i

async def main():
    data = await stream()
    print(data)

asyncio.run(main())
