# Future.exception(), set_exception with a class, StopIteration refused, result() re-raising with its traceback.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    try:
        fut.exception()
    except asyncio.InvalidStateError as e:
        print('pending exception():', e)
    fut.set_exception(ValueError)
    exc = fut.exception()
    print('set with a class gives an instance:', repr(exc), type(exc) is ValueError)
    try:
        loop.create_future().set_exception(StopIteration('no'))
    except TypeError as e:
        print('TypeError:', e)
    try:
        loop.create_future().set_exception(42)
    except TypeError as e:
        print('TypeError:', e)
    ok = loop.create_future()
    ok.set_result([1, 2])
    print('exception() of a result:', ok.exception(), ok.result())
    print('same object twice:', fut.exception() is fut.exception())
    try:
        fut.result()
    except ValueError as e:
        print('result() raised', repr(e), e is exc)

asyncio.run(main())
