# create_task given the function instead of a coroutine object.
import asyncio

async def worker():
    await asyncio.sleep(0.01)

async def main():
    try:
        asyncio.create_task(worker)
    except TypeError as e:
        print("TypeError:", str(e).split(" <")[0])
    t = asyncio.create_task(worker())
    await t
    print("second try worked", t.done())

asyncio.run(main())
