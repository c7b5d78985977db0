# except* handles the OSErrors of a TaskGroup and the remaining ValueError escapes uncaught
import asyncio


async def op(kind, delay):
    await asyncio.sleep(delay)
    if kind == "os":
        raise FileNotFoundError("config.ini")
    raise ValueError("bad port")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(op("os", 0.01))
            tg.create_task(op("val", 0.01))
    except* OSError as eg:
        for e in eg.exceptions:
            print("handled:", type(e).__name__, e)


asyncio.run(main())
