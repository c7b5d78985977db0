# Runners line up and wait for a starting-gun Event; the finish order follows their speeds
import asyncio

async def runner(name, speed, gun, finish):
    print(f"{name} ready")
    await gun.wait()
    await asyncio.sleep(1 / speed)
    finish.append(name)

async def main():
    gun = asyncio.Event()
    finish = []
    racers = {"ann": 20, "bob": 8, "cy": 12}
    tasks = [asyncio.create_task(runner(n, s, gun, finish)) for n, s in racers.items()]
    await asyncio.sleep(0.01)
    print("gun set?", gun.is_set())
    print("BANG")
    gun.set()
    await asyncio.gather(*tasks)
    for place, name in enumerate(finish, 1):
        print(place, name)
    gun.clear()
    print("gun set after clear?", gun.is_set())

asyncio.run(main())
