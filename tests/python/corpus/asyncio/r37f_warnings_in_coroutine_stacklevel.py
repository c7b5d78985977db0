# warnings.warn from inside a coroutine, with stacklevel=2 to blame the caller, and a filter making it once
import asyncio
import warnings

async def old_api(x):
    warnings.warn("old_api() is deprecated, use new_api()", DeprecationWarning, stacklevel=2)
    await asyncio.sleep(0)
    return x

async def risky():
    warnings.warn("risky things ahead")
    return 1

async def main():
    for i in range(3):
        await old_api(i)
    await risky()
    await risky()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        await old_api(9)
        await old_api(9)
    print("caught", len(caught), caught[0].category.__name__, caught[0].lineno)

asyncio.run(main())
