import asyncio


async def runner(name, speed, start: asyncio.Event, finish: list):
    print(f"{name} ready")
    await start.wait()
    await asyncio.sleep(speed)
    finish.append(name)


async def main():
    start = asyncio.Event()
    finish = []
    runners = [asyncio.create_task(runner(n, s, start, finish))
               for n, s in [("tortoise", 0.09), ("hare", 0.02), ("fox", 0.05)]]
    await asyncio.sleep(0.01)
    print("is_set:", start.is_set())
    print("Bang!")
    start.set()
    await asyncio.gather(*runners)
    for place, name in enumerate(finish, 1):
        print(place, name)


asyncio.run(main())
