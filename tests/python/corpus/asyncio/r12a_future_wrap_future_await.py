# test_futures: a future awaited by three tasks, one result for all
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()

    async def reader(n):
        v = await f
        print(f"reader {n} got {v}")
        return n * v

    tasks = [asyncio.create_task(reader(i)) for i in range(3)]
    await asyncio.sleep(0.01)
    print("callbacks waiting:", len(f._callbacks))
    f.set_result(10)
    print(await asyncio.gather(*tasks))

asyncio.run(main())
