# Give the whole batch a deadline with asyncio.timeout_at and the loop's clock.
import asyncio


async def slow_factorial(n, results):
    f = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.05)
        f *= i
    results[n] = f


async def main():
    results = {}
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.45):
            async with asyncio.TaskGroup() as tg:
                for n in (2, 4, 10, 20):
                    tg.create_task(slow_factorial(n, results))
    except TimeoutError:
        print("deadline passed")
    print("finished:", sorted(results.items()))
    print("missing:", [n for n in (2, 4, 10, 20) if n not in results])


asyncio.run(main())
