# run_in_executor and to_thread run blocking functions off the loop.
import asyncio
import time

def blocking(n):
    time.sleep(0.01)
    return n * n

def failing():
    raise OSError('blocked call failed')

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, blocking, 4)
    print(type(fut).__name__, await fut)
    print(await asyncio.gather(*(asyncio.to_thread(blocking, n) for n in range(4))))
    try:
        await asyncio.to_thread(failing)
    except OSError as e:
        print('raised', repr(e))

asyncio.run(main())
# (end of the program)
