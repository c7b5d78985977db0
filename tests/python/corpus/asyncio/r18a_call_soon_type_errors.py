# what the loop refuses to schedule, and create_task given the wrong thing
import asyncio

async def coro_fn():
    return 1

async def main():
    loop = asyncio.get_running_loop()
    for call in (lambda: loop.call_soon(5),
                 lambda: loop.call_later(0.1, 'x'),
                 lambda: loop.call_soon(coro_fn),
                 lambda: asyncio.create_task(coro_fn),
                 lambda: asyncio.create_task(5),
                 lambda: loop.run_until_complete(coro_fn())):
        try:
            call()
            print('accepted')
        except (TypeError, RuntimeError) as e:
            print(type(e).__name__ + ':', str(e).split(' at 0x')[0])
    h = loop.call_soon(print, 'kwargs are not allowed')
    h.cancel()
    try:
        loop.call_soon(print, 'x', end='')
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
