import asyncio
import concurrent.futures

def blocking(x):
    return x * 3

async def main():
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        cf = pool.submit(blocking, 14)
        af = asyncio.wrap_future(cf)
        print(asyncio.isfuture(af), await af)
    f = asyncio.get_running_loop().create_future()
    print(asyncio.wrap_future(f) is f)
    try:
        asyncio.wrap_future('nope')
    except AssertionError as e:
        print('AssertionError', e)

asyncio.run(main())
