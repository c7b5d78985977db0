# Racers wait on an Event and then sleep their lap times.
import asyncio

async def racer(name, lap, go, finish):
    await go.wait()
    await asyncio.sleep(lap)
    finish.append(name)

async def main():
    go = asyncio.Event()
    finish = []
    racers = [asyncio.create_task(racer(n, l, go, finish)) for n, l in [('Ann', 0.3), ('Bob', 0.1), ('Cy', 0.2)]]
    await asyncio.sleep(0.1)
    print('set?', go.is_set(), 'finish so far', finish)
    go.set()
    await asyncio.gather(*racers)
    for place, n in enumerate(finish, 1):
        print(f'{place}. {n}')

asyncio.run(main())
