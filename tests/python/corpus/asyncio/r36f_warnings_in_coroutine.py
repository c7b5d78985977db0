# warnings.warn from inside a coroutine and a task, with stacklevel pointing at the caller.
import asyncio
import warnings

async def old_api(x):
    warnings.warn("old_api is deprecated, use new_api", DeprecationWarning, stacklevel=2)
    await asyncio.sleep(0)
    return x

async def main():
    warnings.simplefilter("always")
    print(await old_api(1))
    print(await asyncio.create_task(old_api(2)))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        await old_api(3)
    print([str(w.message) for w in caught], caught[0].category.__name__)
    warnings.warn("plain UserWarning")

asyncio.run(main())
