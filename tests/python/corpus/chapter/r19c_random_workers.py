# Workers with seeded random delays, printing results in completion order
import asyncio
import random

async def worker(name, delay):
    print(f"{name} starting (will take {delay:.1f}s)")
    await asyncio.sleep(delay)
    print(f"{name} done")
    return name, delay

async def main():
    random.seed(42)
    delays = [round(random.uniform(0.1, 0.9), 1) for _ in range(5)]
    while len(set(delays)) < len(delays):
        delays = [round(random.uniform(0.1, 0.9), 1) for _ in range(5)]
    print("delays:", delays)
    tasks = [asyncio.create_task(worker(f"worker-{i}", d)) for i, d in enumerate(delays)]
    order = []
    for coro in asyncio.as_completed(tasks):
        name, _ = await coro
        order.append(name)
    print("completion order:", order)
    print("random check:", random.randint(1, 100), random.choice("abc"), random.sample(range(10), 3))

asyncio.run(main())
