# Task.print_stack() of tasks suspended at an await, not started, with limit=0, finished and cancelled.
import asyncio
import io

HERE = __file__.rpartition("/")[0]

def stack(t, **kw):
    buf = io.StringIO()
    t.print_stack(file=buf, **kw)
    return buf.getvalue().replace(HERE, 'DIR').rstrip('\n')

async def leaf():
    await asyncio.sleep(0.2)

async def middle(n):
    for _ in range(n):
        await leaf()

async def main():
    t = asyncio.create_task(middle(2), name='mid')
    print(stack(t))
    await asyncio.sleep(0.01)
    print(stack(t))
    print(stack(t, limit=0))
    print(stack(t, limit=5))
    await t
    print(stack(t))
    c = asyncio.create_task(leaf(), name='to-cancel')
    await asyncio.sleep(0)
    c.cancel()
    await asyncio.gather(c, return_exceptions=True)
    print(stack(c))

asyncio.run(main())
