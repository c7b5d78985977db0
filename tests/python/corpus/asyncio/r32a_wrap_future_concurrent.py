# asyncio.wrap_future around a concurrent.futures.Future from an executor
import asyncio
import concurrent.futures

def cube(x):
    return x ** 3

async def main():
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        cf = pool.submit(cube, 4)
        af = asyncio.wrap_future(cf)
        print(type(af).__name__, await af)
        loop = asyncio.get_running_loop()
        results = await asyncio.gather(*(loop.run_in_executor(pool, cube, n) for n in range(5)))
        print(results)
    bad = concurrent.futures.Future()
    bad.set_exception(ValueError("from concurrent"))
    try:
        await asyncio.wrap_future(bad)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
