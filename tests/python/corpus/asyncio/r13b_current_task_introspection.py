import asyncio

async def child(n):
    me = asyncio.current_task()
    print("child", n, "is", me.get_name(), me.done())
    await asyncio.sleep(0.01)

async def main():
    me = asyncio.current_task()
    me.set_name("the-main")
    print("main name:", me.get_name())
    tasks = [asyncio.create_task(child(i), name=f"worker-{i}") for i in range(3)]
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print("all tasks:", names)
    await asyncio.gather(*tasks)
    print("after:", [t.get_name() for t in asyncio.all_tasks()])
    print(asyncio.current_task() is me)
    print(me.get_coro().__name__)

asyncio.run(main())
print("outside:", end=" ")
try:
    asyncio.current_task()
except RuntimeError as e:
    print(e)
