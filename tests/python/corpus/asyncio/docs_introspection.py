import asyncio

async def child():
    t = asyncio.current_task()
    print("child:", t.get_name(), t.get_coro().__name__)
    await asyncio.sleep(0.1)

async def main():
    me = asyncio.current_task()
    print("main:", me.get_name())
    t = asyncio.create_task(child(), name="kid")
    await asyncio.sleep(0)
    names = sorted(x.get_name() for x in asyncio.all_tasks())
    print(names)
    await t
    print(len(asyncio.all_tasks()), t.done(), t.cancelled())
    print(asyncio.iscoroutine(child()), asyncio.iscoroutinefunction(child))

asyncio.run(main())
