# one task cancels its sibling; gather with return_exceptions shows who won
import asyncio

async def racer(name, delay, rivals):
    await asyncio.sleep(delay)
    for r in rivals:
        if r is not asyncio.current_task():
            r.cancel(f'{name} won')
    return name

async def main():
    rivals = []
    rivals.append(asyncio.create_task(racer('tortoise', 0.3, rivals)))
    rivals.append(asyncio.create_task(racer('hare', 0.1, rivals)))
    res = await asyncio.gather(*rivals, return_exceptions=True)
    print([r if isinstance(r, str) else f'cancelled: {r.args[0]}' for r in res])

asyncio.run(main())
