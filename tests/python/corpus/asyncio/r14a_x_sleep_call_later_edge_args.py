# test_events/test_tasks: sleep() of a negative or infinite delay or True, call_later far away, None as delay or when
import asyncio, math
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    print(await asyncio.sleep(-1, 'neg'))
    try:
        await asyncio.wait_for(asyncio.sleep(math.inf), 0.05)
    except asyncio.TimeoutError:
        print('inf timed out')
    h = loop.call_later(1e9, print)
    print(h.when() - t0 > 1e8)
    h.cancel()
    try:
        loop.call_later(None, print)
    except TypeError as e:
        print('TypeError', e)
    try:
        loop.call_at(None, print)
    except TypeError as e:
        print('TypeError', e)
    try:
        await asyncio.sleep(None)
    except TypeError as e:
        print('TypeError', e)
    print(await asyncio.sleep(True, 'bool'))
asyncio.run(main())
