# checking where CancelledError and TimeoutError sit in the exception hierarchy in 3.11
import asyncio

for cls in (asyncio.CancelledError, asyncio.TimeoutError, asyncio.InvalidStateError, asyncio.IncompleteReadError):
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
print('asyncio.TimeoutError is TimeoutError:', asyncio.TimeoutError is TimeoutError)
print('CancelledError is an Exception?', issubclass(asyncio.CancelledError, Exception))
print(asyncio.CancelledError.__module__, asyncio.InvalidStateError.__module__)

async def main():
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except Exception:
        print('caught by except Exception')
    except BaseException as e:
        print('caught by except BaseException:', type(e).__name__)

asyncio.run(main())
