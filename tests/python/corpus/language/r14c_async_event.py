# An asyncio.Event as a starting gun for runners, who finish in order of their seeded speeds.
import asyncio
import random

random.seed(8)
times = random.sample([0.1, 0.2, 0.3, 0.4], 4)

async def runner(name, gun, finish):
    await gun.wait()
    t = times.pop()
    await asyncio.sleep(t)
    finish.append(name)
    print(f"{name} finished ({t}s)")

async def main():
    gun = asyncio.Event()
    finish = []
    runners = [asyncio.create_task(runner(n, gun, finish)) for n in ["Ana", "Bo", "Cy", "Di"]]
    print("ready, set...")
    await asyncio.sleep(0.05)
    print("go!", gun.is_set())
    gun.set()
    await asyncio.gather(*runners)
    for place, name in enumerate(finish, 1):
        print(place, name)

asyncio.run(main())
