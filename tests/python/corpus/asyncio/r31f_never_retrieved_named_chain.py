# Never-retrieved exception from a named task whose error has an implicit context
import asyncio

async def handler():
    await asyncio.sleep(0.01)
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("could not compute ratio")

async def main():
    asyncio.create_task(handler(), name="ratio-handler")
    await asyncio.sleep(0.05)
    print("main done")

asyncio.run(main())
