# warnings.warn from inside a coroutine, once per location, and as an error
import asyncio
import warnings

async def old_api(x):
    warnings.warn("old_api is deprecated, use new_api", DeprecationWarning, stacklevel=2)
    await asyncio.sleep(0)
    return x

async def main():
    warnings.simplefilter("default")
    for i in range(3):
        print(await old_api(i))
    warnings.simplefilter("error")
    try:
        await old_api(9)
    except DeprecationWarning as e:
        print("raised:", e)

asyncio.run(main())
