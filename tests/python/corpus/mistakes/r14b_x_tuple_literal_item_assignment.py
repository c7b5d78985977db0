# Mistake: changing the last item of a tuple display in place (a constant, so the markers are all ^).
import asyncio


async def main():
    delays = [0.01, 0.02]
    await asyncio.sleep(delays[-1])
    (0.01, 0.02, 0.03)[-1] = 0.05
    print(delays)


asyncio.run(main())
