# Mistake: "async" written in front of an assignment of a coroutine call.
import asyncio


async def worker():
    await asyncio.sleep(0.01)
    return 7


async def main():
    async result = worker()
    print(result)


asyncio.run(main())
