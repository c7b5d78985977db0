# Awaiting a concurrent.futures.Future directly fails; asyncio.wrap_future makes it awaitable.
import asyncio
import concurrent.futures


def square(n):
    return n * n


async def main():
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        cf = pool.submit(square, 6)
        try:
            await cf
        except TypeError as e:
            print('TypeError:', e)
        print(await asyncio.wrap_future(cf))


asyncio.run(main())
