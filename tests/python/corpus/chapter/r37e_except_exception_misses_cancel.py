# my worker has a broad except Exception, but cancellation still gets through
import asyncio

async def worker():
    try:
        await asyncio.sleep(1)
    except Exception as e:
        print('worker swallowed', type(e).__name__)
        return 'swallowed'
    return 'finished'

async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.02)
    task.cancel()
    try:
        print(await task)
    except asyncio.CancelledError:
        print('cancel got through; CancelledError is an Exception?', issubclass(asyncio.CancelledError, Exception))
    print([c.__name__ for c in asyncio.CancelledError.__mro__])
    print([c.__name__ for c in asyncio.InvalidStateError.__mro__])

asyncio.run(main())
