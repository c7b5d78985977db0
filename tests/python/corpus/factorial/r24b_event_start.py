import asyncio

async def factorial(name, n, start_event):
    print(f"Task {name} waiting for the start signal")
    await start_event.wait()
    f = 1
    for i in range(2, n + 1):
        print(f"Task {name}: Compute factorial({n}), currently i={i}...")
        await asyncio.sleep(0.01)
        f *= i
    print(f"Task {name}: factorial({n}) = {f}")

async def main():
    go = asyncio.Event()
    tasks = [asyncio.create_task(factorial(n, v, go)) for n, v in (("A", 3), ("B", 2))]
    await asyncio.sleep(0.02)
    print("Go!")
    go.set()
    await asyncio.gather(*tasks)

asyncio.run(main())
