# Settings kept in a types.SimpleNamespace, changed between runs of the factorial batch.
import asyncio
from types import SimpleNamespace

config = SimpleNamespace(delay=0.01, numbers=[5, 7, 3, 6], show_steps=False)


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(config.delay)
        r *= i
        if config.show_steps:
            print(f"    {n}: x{i}")
    return r


async def main():
    print(config)
    print(await asyncio.gather(*map(factorial, config.numbers)))
    config.numbers = [3, 2]
    config.show_steps = True
    vars(config)["delay"] = 0.005
    print(await asyncio.gather(*map(factorial, config.numbers)))
    print(config == SimpleNamespace(**vars(config)), sorted(vars(config)))
    print(config.verbose)


asyncio.run(main())
