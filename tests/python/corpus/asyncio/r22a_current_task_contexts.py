# current_task() inside tasks, inside callbacks and outside a loop.
import asyncio

def in_callback():
    print('in callback:', asyncio.current_task())

async def child():
    return asyncio.current_task().get_name()

async def main():
    loop = asyncio.get_running_loop()
    me = asyncio.current_task()
    print('main task name:', me.get_name())
    print('child says:', await asyncio.create_task(child(), name='kid'))
    print('awaited coroutine runs in main:', await child())
    loop.call_soon(in_callback)
    await asyncio.sleep(0)
    print(asyncio.current_task(loop) is me)

asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print('outside:', e)
