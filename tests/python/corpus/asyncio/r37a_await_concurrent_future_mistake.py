# Awaiting a concurrent.futures.Future from an executor directly fails; wrap_future fixes it
import asyncio
import concurrent.futures


def compute(x):
    return x ** 3


async def main():
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        cf = pool.submit(compute, 4)
        print(type(cf).__module__, type(cf).__name__)
        print(await asyncio.wrap_future(cf))
        print(asyncio.isfuture(cf), asyncio.isfuture(asyncio.wrap_future(cf)))
        cf2 = pool.submit(compute, 5)
        print(await cf2)


asyncio.run(main())
