# workers wait for an Event like a starting gun, then race
import asyncio

async def runner(name, speed, gun, finish):
    await gun.wait()
    await asyncio.sleep(1 / speed)
    finish.append(name)

async def main():
    gun = asyncio.Event()
    finish = []
    tasks = [asyncio.create_task(runner(n, s, gun, finish))
             for n, s in (('tortoise', 4), ('hare', 20), ('dog', 8))]
    await asyncio.sleep(0.01)
    print('anyone finished before the gun?', finish, gun.is_set())
    gun.set()
    await asyncio.gather(*tasks)
    print('finish order:', finish)

asyncio.run(main())
