# Schedule progress messages with loop.call_later while the factorials run.
import asyncio


def report(label):
    print("progress:", label)


async def factorial(n):
    value = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        value *= i
    return value


async def main():
    loop = asyncio.get_running_loop()
    handles = [loop.call_later(d, report, f"{d:.2f}s") for d in (0.05, 0.25, 0.7, 5)]
    results = await asyncio.gather(factorial(4), factorial(5))
    print("results:", results)
    for h in handles:
        h.cancel()
    print("cancelled flags:", [h.cancelled() for h in handles])


asyncio.run(main())
