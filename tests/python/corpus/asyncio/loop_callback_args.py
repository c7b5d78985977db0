# call_soon passes positional arguments (keyword arguments need functools.partial); callbacks run in FIFO order.
import asyncio
import functools

def show(*args, **kwargs):
    print('show', args, kwargs)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(show, 1, 2)
    loop.call_soon(functools.partial(show, 'p', key='value'))
    loop.call_later(0, show, 'later zero')
    loop.call_soon(show)
    try:
        loop.call_soon(show, key='value')
    except TypeError as e:
        print('TypeError:', e)
    print('scheduled')
    await asyncio.sleep(0.01)
    print('is_running', loop.is_running(), '| is_closed', loop.is_closed())

asyncio.run(main())
