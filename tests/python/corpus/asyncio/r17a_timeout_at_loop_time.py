# timeout_at takes an absolute deadline on the loop's clock
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.3
    results = []
    try:
        async with asyncio.timeout_at(deadline):
            for i in range(10):
                await asyncio.sleep(0.2)
                results.append(i)
    except TimeoutError:
        print('stopped with', results)
    print(loop.time() >= deadline)

asyncio.run(main())
