# gather() with a non-awaitable among coroutines: TypeError, and what of the first coroutine?
import asyncio

async def work():
    print("work started")
    await asyncio.sleep(0.01)
    print("work finished")

async def main():
    try:
        await asyncio.gather(work(), 5)
    except TypeError as e:
        print("TypeError:", e)
    await asyncio.sleep(0.05)
    print("main ends")

asyncio.run(main())
