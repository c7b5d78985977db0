# A Future's errors: result() too early, set_result twice, set_exception with StopIteration
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    for call in (f.result, f.exception):
        try:
            call()
        except asyncio.InvalidStateError as e:
            print('InvalidStateError:', e)
    f.set_result(1)
    try:
        f.set_result(2)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    g = loop.create_future()
    try:
        g.set_exception(StopIteration('s'))
    except TypeError as e:
        print('TypeError:', e)
    g.set_exception(ValueError)
    print(repr(g.exception()))
    print(f.cancel(), f.result())

asyncio.run(main())
