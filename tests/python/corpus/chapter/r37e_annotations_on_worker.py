# added type hints to the worker and printed them back
import asyncio
from typing import Awaitable

async def worker(label: str, delay: float = 0.01) -> str:
    await asyncio.sleep(delay)
    return label.upper()

async def run_all(*coros: Awaitable[str]) -> list[str]:
    return list(await asyncio.gather(*coros))

async def main() -> None:
    print(worker.__annotations__)
    print(run_all.__annotations__)
    print(await run_all(worker('a'), worker('b', 0.02)))

asyncio.run(main())
