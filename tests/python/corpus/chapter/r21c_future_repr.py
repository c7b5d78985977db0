# A Future created by hand: repr in its states, set_result twice.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(repr(fut))
    loop.call_later(0.1, fut.set_result, 'hello')
    print(await fut)
    print(repr(fut))
    try:
        fut.set_result('again')
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    f2 = loop.create_future()
    f2.set_exception(ValueError('boom'))
    print(repr(f2))
    print(f2.exception())
    f3 = loop.create_future()
    f3.cancel()
    print(repr(f3))

asyncio.run(main())
