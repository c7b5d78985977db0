# loop.time() measures sleeps as whole tenths, never printed raw
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    for d in (0.12, 0.22, 0.32):
        t = loop.time()
        await asyncio.sleep(d)
        print(f"sleep({d}) took about {d} or more:", loop.time() - t > d - 0.005)
    total = loop.time() - t0
    print("total at least 0.65:", total > 0.65)

asyncio.run(main())
