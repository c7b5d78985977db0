# Futures: create_future, set_result, set_exception, result() before done, InvalidStateError.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print('done:', fut.done())
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)

    async def resolve_later():
        await asyncio.sleep(0.05)
        fut.set_result('the answer')
    asyncio.create_task(resolve_later())
    print(await fut, fut.done(), fut.result())
    try:
        fut.set_result('again')
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)

    bad = loop.create_future()
    bad.set_exception(KeyError('missing'))
    print('exception():', repr(bad.exception()))
    try:
        await bad
    except KeyError as e:
        print('await raised KeyError', e)
    f2 = asyncio.Future()
    f2.cancel()
    print('cancelled future:', f2.cancelled(), f2.done())

asyncio.run(main())
