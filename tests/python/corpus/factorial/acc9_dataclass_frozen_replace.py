# A frozen dataclass of a request, changed with dataclasses.replace, hashed in a dict.
import asyncio
import dataclasses
from dataclasses import dataclass

@dataclass(frozen=True)
class Request:
    n: int
    delay: float = 0.01

    async def run(self):
        r = 1
        for i in range(2, self.n + 1):
            await asyncio.sleep(self.delay)
            r *= i
        return r

async def main():
    reqs = [Request(4), Request(6, 0.005), Request(4)]
    print(reqs[0] == reqs[2], hash(reqs[0]) == hash(reqs[2]), len(set(reqs)))
    faster = dataclasses.replace(reqs[0], delay=0.001)
    print(faster, reqs[0])
    try:
        reqs[0].n = 10
    except dataclasses.FrozenInstanceError as e:
        print(type(e).__name__, e)
    try:
        dataclasses.replace(reqs[0], m=3)
    except TypeError as e:
        print("TypeError:", e)
    cache = {}
    for r in reqs + [faster]:
        if r not in cache:
            cache[r] = await r.run()
    for k, v in cache.items():
        print(k, v)

asyncio.run(main())
