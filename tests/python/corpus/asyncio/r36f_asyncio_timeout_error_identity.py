# In Python 3.11 asyncio.TimeoutError is the builtin TimeoutError; CancelledError is a BaseException.
import asyncio

async def main():
    print(asyncio.TimeoutError is TimeoutError)
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
    print(asyncio.CancelledError.__module__, asyncio.InvalidStateError.__module__)
    print([c.__name__ for c in asyncio.IncompleteReadError.__mro__])
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except Exception as e:
        print(repr(e), str(e) == "", e.__class__.__module__)
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print(type(e.__context__).__name__, e.__cause__)

asyncio.run(main())
