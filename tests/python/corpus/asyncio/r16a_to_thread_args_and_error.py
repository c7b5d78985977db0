# to_thread passes args and kwargs and re-raises the function's exception in the awaiting task
import asyncio
import time

def work(a, b=0, *, scale=1):
    time.sleep(0.05)
    return (a + b) * scale

def fails():
    raise LookupError('thread failed')

async def main():
    print(await asyncio.to_thread(work, 1, 2, scale=10))
    try:
        await asyncio.to_thread(fails)
    except LookupError as e:
        print('caught', repr(e))
    res = await asyncio.gather(*(asyncio.to_thread(work, i) for i in range(4)))
    print(res)

asyncio.run(main())
