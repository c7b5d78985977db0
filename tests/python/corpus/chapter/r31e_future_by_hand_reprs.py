# a Future set from a callback, and the reprs of futures and gathers
import asyncio

def fill(fut, value):
    fut.set_result(value)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(repr(fut))
    loop.call_later(0.02, fill, fut, 42)
    print('awaited:', await fut)
    print(repr(fut))
    try:
        fut.set_result(43)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    g = asyncio.gather(asyncio.sleep(0.01, 'a'), asyncio.sleep(0.02, 'b'))
    print(await g)
    print(repr(g))
    bad = loop.create_future()
    bad.set_exception(ValueError('nope'))
    print(repr(bad))
    print(bad.exception())

asyncio.run(main())
