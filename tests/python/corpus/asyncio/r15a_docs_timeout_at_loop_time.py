# asyncio.timeout_at with a deadline from loop.time(), one met and one missed
import asyncio

async def work(delay):
    await asyncio.sleep(delay)
    return f"slept {delay}"

async def attempt(delay, budget):
    loop = asyncio.get_running_loop()
    deadline = loop.time() + budget
    try:
        async with asyncio.timeout_at(deadline) as cm:
            result = await work(delay)
        print("ok:", result, "expired:", cm.expired())
    except TimeoutError:
        print(f"work({delay}) missed its {budget} s deadline; expired:", cm.expired())

async def main():
    await attempt(0.1, 0.3)
    await attempt(0.4, 0.15)
    print("Both attempts are over")

asyncio.run(main())
