# Old style: the main coroutine raises; the traceback comes through run_until_complete; finally closes.
import asyncio


async def phase(i):
    await asyncio.sleep(0.01)
    return {'a': 1}[i]


async def main():
    print('phase a:', await phase('a'))
    print('phase b:', await phase('b'))


event_loop = asyncio.get_event_loop()
try:
    event_loop.run_until_complete(main())
finally:
    print('closing event loop')
    event_loop.close()
