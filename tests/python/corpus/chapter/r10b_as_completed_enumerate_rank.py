# enumerate over as_completed to print a ranking.
import asyncio

async def runner(name, speed):
    await asyncio.sleep(speed)
    return name

async def main():
    racers = {'tortoise': 0.15, 'hare': 0.03, 'dog': 0.07}
    coros = [runner(n, s) for n, s in racers.items()]
    for place, fut in enumerate(asyncio.as_completed(coros), start=1):
        name = await fut
        print(f'{place}. {name}')

asyncio.run(main())
