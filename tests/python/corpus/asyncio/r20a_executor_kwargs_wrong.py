# run_in_executor does not take keyword arguments for the function: TypeError; partial fixes it.
import asyncio
import functools


def greet(name, *, greeting='hello'):
    return f'{greeting}, {name}'


async def main():
    loop = asyncio.get_running_loop()
    try:
        await loop.run_in_executor(None, greet, 'ann', greeting='hi')
    except TypeError as e:
        print('TypeError:', e)
    print(await loop.run_in_executor(None, functools.partial(greet, 'ann', greeting='hi')))


asyncio.run(main())
