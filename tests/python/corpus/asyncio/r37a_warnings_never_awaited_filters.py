# Turning "coroutine ... was never awaited" into a recorded warning with warnings.catch_warnings
import asyncio
import gc
import warnings


async def job(n):
    return n


def make_and_drop():
    job(1)


async def main():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        make_and_drop()
        gc.collect()
    for w in caught:
        print(w.category.__name__, "|", w.message)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        job(2)
    print("the ignored one printed nothing")
    job(3)
    print("main ends")


asyncio.run(main())
