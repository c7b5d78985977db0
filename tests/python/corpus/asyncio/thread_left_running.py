# A call left running in a thread when main returns: asyncio.run's shutdown waits for it (shutdown_default_executor).
import asyncio
import time

def background(name):
    for i in range(3):
        time.sleep(0.2)
        print(name, i)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, background, 'bg')
    await asyncio.sleep(0.3)
    print('main returns', fut.done())

asyncio.run(main())
print('done')
