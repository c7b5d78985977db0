import asyncio

async def party(b, n):
    try:
        await b.wait()
        print(n, 'passed')
    except asyncio.BrokenBarrierError as e:
        print(n, 'BrokenBarrierError', repr(e))

async def main():
    b = asyncio.Barrier(3)
    ts = [asyncio.create_task(party(b, i)) for i in range(2)]
    await asyncio.sleep(0)
    await b.abort()
    await asyncio.gather(*ts)
    print('broken', b.broken)
    try:
        await b.wait()
    except asyncio.BrokenBarrierError:
        print('wait on a broken barrier fails at once')
    await b.reset()
    print('after reset broken', b.broken, b.n_waiting)

asyncio.run(main())
