# A TaskGroup body raises while children run: children are cancelled and the group wraps both errors
import asyncio


async def slow(n):
    await asyncio.sleep(0.5)
    return n


async def failing():
    await asyncio.sleep(0.3)
    raise ZeroDivisionError("child")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            a = tg.create_task(slow(1), name="slow")
            tg.create_task(failing(), name="failing")
            await asyncio.sleep(0.05)
            raise NameError("body")
    except ExceptionGroup as eg:
        print(eg)
        for e in eg.exceptions:
            print(" ", type(e).__name__, e)
        print("slow cancelled:", a.cancelled())


asyncio.run(main())
