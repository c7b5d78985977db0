# test_tasks: run_coroutine_threadsafe and call_soon_threadsafe from a worker thread of to_thread
import asyncio
async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b
def in_thread(loop, out):
    fut = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
    out.append(fut.result(timeout=5))
    loop.call_soon_threadsafe(out.append, 'via call_soon_threadsafe')
    return 'thread done'
async def main():
    loop = asyncio.get_running_loop()
    out = []
    print(await asyncio.to_thread(in_thread, loop, out))
    await asyncio.sleep(0.01)
    print(out)
asyncio.run(main())
