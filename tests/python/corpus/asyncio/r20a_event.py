# PyMOTW asyncio_event: an Event set by a call_later callback releases two waiting coroutines.
import asyncio
import functools


def set_event(event):
    print('setting event in callback')
    event.set()


async def coro1(event):
    print('coro1 waiting for event')
    await event.wait()
    print('coro1 triggered')


async def coro2(event):
    print('coro2 waiting for event')
    await event.wait()
    print('coro2 triggered')


async def main(loop):
    event = asyncio.Event()
    print('event start state: {}'.format(event.is_set()))

    loop.call_later(0.1, functools.partial(set_event, event))

    await asyncio.wait([asyncio.ensure_future(coro1(event)), asyncio.ensure_future(coro2(event))])
    print('event end state: {}'.format(event.is_set()))


event_loop = asyncio.get_event_loop()
try:
    event_loop.run_until_complete(main(event_loop))
finally:
    event_loop.close()
