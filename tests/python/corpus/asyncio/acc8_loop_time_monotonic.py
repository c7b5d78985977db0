# loop.time() advances by the sleeps (rounded); it never goes back.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    seen = [t0]
    for d in (0.05, 0.1, 0.15):
        await asyncio.sleep(d)
        seen.append(loop.time())
    print([d <= b - a < d + 0.1 for d, a, b in zip((0.05, 0.1, 0.15), seen, seen[1:])])
    print('total at least 0.3:', seen[-1] - t0 >= 0.3)
    print('monotonic', all(b >= a for a, b in zip(seen, seen[1:])))

asyncio.run(main())
