import asyncio, sys

async def work(i):
    print(f"start {i}", flush=True)
    print(f"warn {i}", file=sys.stderr)
    await asyncio.sleep(0.01 * i)
    sys.stdout.write(f"done {i}\n")
    return i

async def main():
    n = sys.stdout.write("x\n")
    print(n)
    done, pending = await asyncio.wait([asyncio.create_task(work(i)) for i in range(3)], return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(t.result() for t in done), pending)
    print("end", file=sys.stderr)

asyncio.run(main())
