# A TaskGroup where one child already finished before another fails: finished results are kept
import asyncio


async def quick():
    return "quick result"


async def slow_fail():
    await asyncio.sleep(0.02)
    raise ArithmeticError("late failure")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            q = tg.create_task(quick())
            tg.create_task(slow_fail())
    except* ArithmeticError as eg:
        print("group:", eg.exceptions)
    print("quick:", q.result())
    async with asyncio.TaskGroup() as tg:
        tg.create_task(slow_fail())


asyncio.run(main())
