# wrap_future around an executor's concurrent future, awaited from a coroutine
import asyncio
import concurrent.futures

def work(n):
    return sum(range(n))

async def main():
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as ex:
        cf = ex.submit(work, 1000)
        af = asyncio.wrap_future(cf)
        print(type(af).__name__, await af)
        print("concurrent future done:", cf.done(), cf.result())

asyncio.run(main())
