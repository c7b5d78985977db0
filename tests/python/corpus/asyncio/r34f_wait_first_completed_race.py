# "Happy eyeballs" style race: use asyncio.wait(FIRST_COMPLETED) and cancel the losers.
import asyncio

async def connect(host, delay, ok=True):
    await asyncio.sleep(delay)
    if not ok:
        raise ConnectionRefusedError(host)
    return f"connected to {host}"

async def race(*coros):
    pending = {asyncio.create_task(c) for c in coros}
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for t in done:
            if t.exception() is None:
                for p in pending:
                    p.cancel()
                await asyncio.gather(*pending, return_exceptions=True)
                return t.result(), len(pending)
            print("attempt failed:", repr(t.exception()))
    raise ConnectionError("all attempts failed")

async def main():
    print(await race(connect("ipv6", 0.01, ok=False), connect("ipv4", 0.05), connect("backup", 0.2)))
    try:
        await race(connect("a", 0.01, False), connect("b", 0.15, False))
    except ConnectionError as e:
        print("error:", e)

asyncio.run(main())
