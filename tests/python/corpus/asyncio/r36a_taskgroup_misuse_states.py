# TaskGroup misuse: create_task before entering, entering twice, and after it has finished
import asyncio


async def work():
    return 1


async def main():
    tg = asyncio.TaskGroup()
    coro = work()
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("before enter:", e)
    coro.close()
    async with tg:
        try:
            async with tg:
                pass
        except RuntimeError as e:
            print("entered twice:", e)
        t = tg.create_task(work())
    print("result", t.result(), repr(tg))
    late = work()
    try:
        tg.create_task(late)
    except RuntimeError as e:
        print("after exit:", e)
    late.close()


asyncio.run(main())
