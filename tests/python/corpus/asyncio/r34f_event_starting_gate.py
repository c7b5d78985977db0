# Runners wait at a starting gate (asyncio.Event) and all start together when it opens.
import asyncio

async def runner(name, gate, speed, finish):
    print(f"{name} at the gate")
    await gate.wait()
    await asyncio.sleep(speed)
    finish.append(name)
    print(f"{name} finished")

async def main():
    gate = asyncio.Event()
    finish = []
    tasks = [asyncio.create_task(runner(n, gate, s, finish))
             for n, s in [("Ann", 0.03), ("Bob", 0.01), ("Cy", 0.02)]]
    await asyncio.sleep(0.01)
    print("gate set?", gate.is_set())
    gate.set()
    await asyncio.gather(*tasks)
    print("podium:", finish)
    gate.clear()
    try:
        await asyncio.wait_for(gate.wait(), 0.02)
    except asyncio.TimeoutError:
        print("gate closed again, nobody passes")

asyncio.run(main())
