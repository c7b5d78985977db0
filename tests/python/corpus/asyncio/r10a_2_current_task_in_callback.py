import asyncio

def cb():
    print('in callback, current task:', asyncio.current_task())

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb)
    await asyncio.sleep(0)
    print('in main:', asyncio.current_task().get_name())
    print(len(asyncio.all_tasks()))
    t = asyncio.create_task(asyncio.sleep(0.01))
    print(len(asyncio.all_tasks()), t in asyncio.all_tasks())
    await t
    print(len(asyncio.all_tasks()))

asyncio.run(main())
