# except* also catches a plain (non-group) exception, wrapping it in an ExceptionGroup.
import asyncio

async def fetch():
    await asyncio.sleep(0.01)
    raise TimeoutError("upstream slow")

async def main():
    try:
        await fetch()
    except* TimeoutError as eg:
        print(type(eg).__name__, repr(eg.message), [type(e).__name__ for e in eg.exceptions])
        print(eg.exceptions[0].__traceback__ is not None)
    try:
        await fetch()
    except* (ValueError, KeyError):
        print("not this one")

asyncio.run(main())
