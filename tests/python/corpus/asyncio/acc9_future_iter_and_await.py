# A Future awaited twice, iterated by hand through __await__, and await of a pending future from a plain yield.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 'value')
    print(await fut, await fut)
    it = fut.__await__()
    try:
        next(it)
    except StopIteration as e:
        print('StopIteration value:', e.value)
    pending = loop.create_future()
    it = iter(pending)
    print('yields the future itself:', next(it) is pending)
    try:
        next(it)
    except RuntimeError as e:
        print('RuntimeError:', e)
    it2 = pending.__await__()
    next(it2)
    try:
        it2.throw(ValueError('thrown in'))
    except ValueError as e:
        print('throw:', e)
    pending.cancel()

asyncio.run(main())
