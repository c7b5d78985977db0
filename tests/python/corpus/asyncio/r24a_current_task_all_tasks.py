import asyncio

async def child():
    me = asyncio.current_task()
    print("child sees itself:", me.get_name())
    await asyncio.sleep(0.01)

async def main():
    me = asyncio.current_task()
    print("main task name:", me.get_name())
    ts = [asyncio.create_task(child(), name=f"child-{i}") for i in range(2)]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(me in asyncio.all_tasks())
    await asyncio.gather(*ts)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(asyncio.current_task() is me)

asyncio.run(main())
print(asyncio.current_task())
