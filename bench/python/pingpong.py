# ping-pong: two tasks each sleep(0) M times; time per switch
import asyncio
import time

M = 100_000


async def player():
    for _ in range(M):
        await asyncio.sleep(0)


async def main():
    t0 = time.perf_counter()
    await asyncio.gather(player(), player())
    t = time.perf_counter() - t0
    print(f"RESULT ns_per_switch={t / (2 * M) * 1e9:.0f}")


asyncio.run(main())
