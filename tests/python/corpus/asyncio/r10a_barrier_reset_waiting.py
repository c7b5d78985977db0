import asyncio

async def party(b, n):
    try:
        r = await b.wait()
        print(n, 'passed', r)
    except asyncio.BrokenBarrierError:
        print(n, 'broken by reset')

async def main():
    b = asyncio.Barrier(2)
    t = asyncio.create_task(party(b, 'first'))
    await asyncio.sleep(0)
    await b.reset()
    await t
    print('broken after reset:', b.broken)
    ts = [asyncio.create_task(party(b, n)) for n in ('a', 'b')]
    await asyncio.gather(*ts)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main())
