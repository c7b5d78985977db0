import asyncio


async def task_coro(arg):
    value = (arg + 1) / 10
    await asyncio.sleep(value)
    return arg * 10


async def main():
    tasks = [asyncio.create_task(task_coro(i)) for i in range(4)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first done:", [t.result() for t in done], "still running:", len(pending))
    done2, _ = await asyncio.wait(pending)
    print("the rest:", sorted(t.result() for t in done2))


asyncio.run(main())
