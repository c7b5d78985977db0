# Exception reprs collected from tasks with return_exceptions: built-in, own, with several args, no args.
import asyncio

class AppError(Exception):
    pass

async def raises(exc):
    await asyncio.sleep(0)
    raise exc

async def main():
    excs = [ValueError('v'), KeyError('k'), AppError('a', 2), ConnectionError('reset by peer'), TimeoutError(),
            asyncio.InvalidStateError('state'), ZeroDivisionError('division by zero')]
    results = await asyncio.gather(*(raises(e) for e in excs), return_exceptions=True)
    for r in results:
        print(repr(r), '|', str(r), '|', type(r).__module__, type(r).__qualname__)
    print(asyncio.InvalidStateError.__mro__[1].__name__, asyncio.CancelledError.__module__)

asyncio.run(main())
