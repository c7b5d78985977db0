import asyncio, re

def clean(o):
    return re.sub(r' at 0x[0-9a-f]+', '', repr(o))

async def party(b, n, out):
    idx = await b.wait()
    out.append((n, idx))

async def main():
    b = asyncio.Barrier(3)
    print(clean(b), b.parties, b.n_waiting, b.broken)
    out = []
    ts = [asyncio.create_task(party(b, i, out)) for i in range(2)]
    await asyncio.sleep(0)
    print(clean(b), b.n_waiting)
    ts.append(asyncio.create_task(party(b, 2, out)))
    await asyncio.gather(*ts)
    print(sorted(out))
    print(clean(b))

asyncio.run(main())
