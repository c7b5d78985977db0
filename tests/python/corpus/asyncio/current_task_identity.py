# current_task() is the running task (None-safe checks), in callbacks it is None, all_tasks() drops finished ones.
import asyncio

def callback(log):
    log.append(asyncio.current_task())

async def child():
    return asyncio.current_task()

async def main():
    me = asyncio.current_task()
    t = asyncio.create_task(child())
    print('child sees itself:', await t is t, '| not main:', t is not me)
    log = []
    asyncio.get_running_loop().call_soon(callback, log)
    await asyncio.sleep(0)
    print('in a callback:', log)
    print('finished child in all_tasks:', t in asyncio.all_tasks())
    print('main in all_tasks:', me in asyncio.all_tasks(), len(asyncio.all_tasks()))
    print('await coro() runs in the same task:', (await child()) is me)
    print(type(asyncio.all_tasks()).__name__)

asyncio.run(main())
