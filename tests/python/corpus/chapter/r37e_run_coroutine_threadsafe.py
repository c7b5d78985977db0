# from a worker thread (to_thread) I schedule a coroutine back on the loop
import asyncio

async def report(msg):
    await asyncio.sleep(0.01)
    print('loop got:', msg)
    return len(msg)

def blocking_job(loop):
    fut = asyncio.run_coroutine_threadsafe(report('hello from thread'), loop)
    return fut.result(timeout=2)

async def main():
    loop = asyncio.get_running_loop()
    n = await asyncio.to_thread(blocking_job, loop)
    print('thread returned', n)

asyncio.run(main())
