# wrap_future of concurrent.futures.Future; run_in_executor returns asyncio futures
import asyncio
import concurrent.futures

def square(x):
    return x * x

async def main():
    loop = asyncio.get_running_loop()
    cf = concurrent.futures.Future()
    af = asyncio.wrap_future(cf)
    print(asyncio.isfuture(af), asyncio.isfuture(cf))
    loop.call_later(0.1, cf.set_result, 'concurrent result')
    print(await af)
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, square, i) for i in range(5)))
        print(results)
        cf2 = pool.submit(square, 12)
        print(await asyncio.wrap_future(cf2))
    print(asyncio.wrap_future(af) is af)
    try:
        asyncio.wrap_future('nope')
    except (AssertionError, TypeError) as e:
        print(type(e).__name__, e)
    cf3 = concurrent.futures.Future()
    af3 = asyncio.wrap_future(cf3)
    af3.cancel()
    await asyncio.sleep(0)
    print("cf3 cancelled:", cf3.cancelled())

asyncio.run(main())
