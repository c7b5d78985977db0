# An exception inside wait_for's coroutine passes through unchanged, with its traceback.
import asyncio

async def divide(a, b):
    await asyncio.sleep(0.01)
    return a / b

async def main():
    try:
        await asyncio.wait_for(divide(1, 0), timeout=1)
    except ZeroDivisionError as e:
        print('caught', repr(e))
    await asyncio.wait_for(divide(2, 0), timeout=1)

asyncio.run(main())
