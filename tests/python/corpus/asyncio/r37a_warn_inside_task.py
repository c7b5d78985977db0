# warnings.warn from inside a task and a callback point at the program's own lines
import asyncio
import warnings


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1


async def worker():
    await asyncio.sleep(0)
    value = old_api()
    warnings.warn("plain user warning from a task")
    return value


def cb():
    warnings.warn("warning from a callback", RuntimeWarning)


async def main():
    warnings.simplefilter("always")
    print(await asyncio.create_task(worker()))
    asyncio.get_running_loop().call_soon(cb)
    await asyncio.sleep(0)
    print("done")


asyncio.run(main())
