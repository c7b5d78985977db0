# gather() with no arguments, with the same coroutine or task twice, with a plain future, and of finished tasks.
import asyncio

async def numbered(n):
    await asyncio.sleep(0)
    print('ran', n)
    return n * 10

async def main():
    print('empty:', await asyncio.gather())
    c = numbered(1)
    print('same coroutine twice:', await asyncio.gather(c, c))
    t = asyncio.create_task(numbered(2))
    print('same task twice:', await asyncio.gather(t, t, numbered(3)))
    fut = asyncio.get_running_loop().create_future()
    fut.set_result('from a future')
    print('a future and a finished task:', await asyncio.gather(fut, t))
    g = asyncio.gather(numbered(4), numbered(5))
    print('gather is a future:', asyncio.isfuture(g), type(g).__name__)
    print(await g, g.done(), g.result())

asyncio.run(main())
