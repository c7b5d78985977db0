# to_thread() without await: the coroutine is never awaited and the call never runs; a failed executor future left unread is logged.
import asyncio

def noisy():
    print('never printed')

def fails():
    raise KeyError('lost')

async def main():
    asyncio.to_thread(noisy)
    fut = asyncio.get_running_loop().run_in_executor(None, fails)
    await asyncio.sleep(0.1)
    print(fut.done(), type(fut.exception()).__name__)
    fut2 = asyncio.get_running_loop().run_in_executor(None, fails)
    await asyncio.sleep(0.1)
    del fut2
    print('end')

asyncio.run(main())
