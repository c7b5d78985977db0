# Reads the numbers in a thread so the event loop keeps running.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def ticker(stop):
    ticks = 0
    while not stop.is_set():
        await asyncio.sleep(0.05)
        ticks += 1
    return ticks

async def main():
    stop = asyncio.Event()
    tick_task = asyncio.create_task(ticker(stop))
    numbers = []
    while True:
        line = await asyncio.to_thread(input, "number: ")
        if not line:
            break
        numbers.append(int(line))
    loop = asyncio.get_running_loop()
    extra = await loop.run_in_executor(None, input, "one more: ")
    numbers.append(int(extra))
    stop.set()
    await tick_task
    print()
    print(numbers, await asyncio.gather(*map(factorial, numbers)))

asyncio.run(main())
