# A StopIteration escaping a coroutine turns into RuntimeError
import asyncio

async def first(items):
    await asyncio.sleep(0)
    return next(iter(items))

async def main():
    print(await first([1, 2]))
    t = asyncio.create_task(first([]))
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", repr(e.__cause__))
    await first(())

asyncio.run(main())
