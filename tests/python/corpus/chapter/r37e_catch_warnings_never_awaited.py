# caught the "never awaited" warning with warnings.catch_warnings to check it is raised
import asyncio
import warnings

async def worker():
    await asyncio.sleep(0.01)
    return 42

async def main():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        coro = worker()
        del coro
    for w in caught:
        print(w.category.__name__, '-', w.message)
    print(len(caught), 'warning(s)')

asyncio.run(main())
