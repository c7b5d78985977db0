# Two transfers locking accounts in opposite order: a deadlock broken by wait_for.
import asyncio

async def transfer(name, a, b):
    async with a:
        await asyncio.sleep(0.1)
        async with b:
            print(name, 'done')

async def main():
    l1, l2 = asyncio.Lock(), asyncio.Lock()
    try:
        await asyncio.wait_for(asyncio.gather(transfer('t1', l1, l2), transfer('t2', l2, l1)), 0.5)
    except asyncio.TimeoutError:
        print('deadlock detected; locks:', l1.locked(), l2.locked())

asyncio.run(main())
