import asyncio

lock = asyncio.Lock()
counter = 0


async def increment():
    global counter
    with lock:
        counter += 1


async def main():
    await asyncio.gather(increment(), increment())
    print(counter)


asyncio.run(main())
