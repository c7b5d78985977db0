import asyncio
import traceback


async def divide(a, b):
    await asyncio.sleep(0)
    return a / b


async def main():
    t = asyncio.create_task(divide(1, 0))
    await asyncio.wait([t])
    exc = t.exception()
    print("".join(traceback.format_exception_only(exc)).strip())
    tb = traceback.extract_tb(exc.__traceback__)
    print([f.name for f in tb])
    try:
        await t
    except ZeroDivisionError:
        traceback.print_exc()


asyncio.run(main())
