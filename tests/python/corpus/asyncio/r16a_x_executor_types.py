# run_in_executor gives an asyncio Future; the executor's submit gives a concurrent one
import asyncio
import concurrent.futures

def square(x):
    return x * x

async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        af = loop.run_in_executor(pool, square, 6)
        print(type(af).__module__, type(af).__name__, asyncio.isfuture(af))
        print(await af)
        cfut = pool.submit(square, 7)
        print(type(cfut).__module__, type(cfut).__name__, asyncio.isfuture(cfut))
        print(await asyncio.wrap_future(cfut))
        print(isinstance(pool, concurrent.futures.Executor))

asyncio.run(main())
