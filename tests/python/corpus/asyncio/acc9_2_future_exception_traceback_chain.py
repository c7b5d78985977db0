# A Future given an exception raised elsewhere; awaiting it re-raises with the original traceback and a new frame.
import asyncio

def compute():
    return 1 / 0

async def fill(fut):
    try:
        compute()
    except ZeroDivisionError as e:
        fut.set_exception(e)

async def main():
    fut = asyncio.get_running_loop().create_future()
    asyncio.create_task(fill(fut))
    await fut

asyncio.run(main())
