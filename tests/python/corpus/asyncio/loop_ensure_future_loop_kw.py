# The older style with a loop of one's own that is never set as the current
# loop: ensure_future(coro, loop=loop) makes the task for that loop (it was
# made for get_event_loop()'s), then run_until_complete(gather(*futures)).
import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    print(f'{n}! = {f}')
    return f

loop = asyncio.new_event_loop()
futures = [asyncio.ensure_future(factorial(n), loop=loop) for n in [5, 7, 3, 6]]
print([f.done() for f in futures])
print(loop.run_until_complete(asyncio.gather(*futures)))
print([f.result() for f in futures])
more = asyncio.ensure_future(factorial(2), loop=loop)
print(loop.run_until_complete(more), more.get_name())
loop.close()
