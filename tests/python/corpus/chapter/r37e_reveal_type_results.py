# typing.reveal_type (new in 3.11) on the things asyncio gives back
import asyncio
from typing import reveal_type

async def worker(n: int) -> int:
    await asyncio.sleep(0.01)
    return n * 2

async def main():
    results = await asyncio.gather(worker(1), worker(2))
    reveal_type(results)
    one = await worker(3)
    print(reveal_type(one) + 1)

asyncio.run(main())
