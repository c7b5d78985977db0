import asyncio

async def party(b, name):
    try:
        r = await b.wait()
        print(name, 'through', r)
    except asyncio.CancelledError:
        print(name, 'cancelled while waiting; n_waiting', b.n_waiting)
        raise

async def main():
    b = asyncio.Barrier(2)
    t = asyncio.create_task(party(b, 'x'))
    await asyncio.sleep(0)
    print('waiting', b.n_waiting)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print('after cancel waiting', b.n_waiting, 'broken', b.broken)
    await asyncio.gather(party(b, 'y'), party(b, 'z'))

asyncio.run(main())
