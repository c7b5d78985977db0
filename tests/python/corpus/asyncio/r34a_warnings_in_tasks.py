# warnings.warn from inside tasks: shown once per location, and an error filter turning one into a raise
import asyncio
import warnings


async def legacy_call(n):
    await asyncio.sleep(0)
    warnings.warn(f"legacy_call({n}) is deprecated", DeprecationWarning, stacklevel=2)
    return n


async def main():
    warnings.simplefilter("default")
    print(await asyncio.gather(*(legacy_call(i) for i in range(3))))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        await legacy_call(9)
    print([str(w.message) for w in caught], caught[0].category.__name__)
    warnings.simplefilter("error", DeprecationWarning)
    await legacy_call(10)


asyncio.run(main())
