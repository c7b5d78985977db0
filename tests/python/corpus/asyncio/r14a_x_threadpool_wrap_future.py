# test_futures: run_in_executor with a ThreadPoolExecutor, wrap_future of a concurrent Future
import asyncio, concurrent.futures
def blocking(n):
    return n * n
async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        rs = await asyncio.gather(*(loop.run_in_executor(pool, blocking, i) for i in range(5)))
    print(rs)
    cf = concurrent.futures.Future()
    af = asyncio.wrap_future(cf)
    loop.call_soon(cf.set_result, 'from cf')
    print(await af)
asyncio.run(main())
