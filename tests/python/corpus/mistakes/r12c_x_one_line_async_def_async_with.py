# A one-line coroutine whose body is an async with block.
import asyncio

lock = asyncio.Lock()

async def bump(counter): async with lock: counter.append(1)

async def main():
    counter = []
    await asyncio.gather(bump(counter), bump(counter))
    print(len(counter))

asyncio.run(main())
