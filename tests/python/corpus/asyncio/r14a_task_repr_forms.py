# test_tasks: the repr of a Task pending, done with a result, failed and cancelled
import asyncio, re

async def job(x):
    await asyncio.sleep(0)
    if x == 'fail':
        raise ValueError(x)
    return x

def show(t):
    print(re.sub(r' at [^ >]+', ' at FILE', repr(t)))

async def main():
    a = asyncio.create_task(job('ok'), name='A')
    b = asyncio.create_task(job('fail'), name='B')
    c = asyncio.create_task(job('never'), name='C')
    show(a)
    c.cancel()
    show(c)
    await asyncio.wait([a, b, c])
    show(a); show(b); show(c)
    b.exception()

asyncio.run(main())
