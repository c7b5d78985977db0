# InvalidStateError: result() and exception() too early, set_result twice; a cancelled future's result().
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    for call in (fut.result, fut.exception):
        try:
            call()
        except asyncio.InvalidStateError as e:
            print(call.__name__, '->', type(e).__name__, e)
    fut.set_result('first')
    try:
        fut.set_result('second')
    except asyncio.InvalidStateError as e:
        print('set_result twice ->', e)
    try:
        fut.set_exception(ValueError('late'))
    except asyncio.InvalidStateError as e:
        print('set_exception after ->', e)
    print('result:', fut.result(), '| exception:', fut.exception())
    cancelled = loop.create_future()
    print('cancel:', cancelled.cancel(), cancelled.cancel())
    for call in (cancelled.result, cancelled.exception):
        try:
            call()
        except asyncio.CancelledError as e:
            print(call.__name__, 'of a cancelled future raises', repr(e))
    print(repr(fut), repr(cancelled))

asyncio.run(main())
