# debug mode: task, future and handle reprs say where they were created
import asyncio

def s(x):
    return repr(x).replace(__file__, 'F')

async def f():
    await asyncio.sleep(0.1)

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(f())
    fut = loop.create_future()
    await asyncio.sleep(0)
    print(s(t))
    print(s(fut))
    fut.cancel()
    await t
    print(s(t))

asyncio.run(main(), debug=True)
