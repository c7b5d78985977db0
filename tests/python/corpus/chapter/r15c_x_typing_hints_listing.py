# the as_completed listing with type hints a learner adds from an IDE
import asyncio
import random
from collections.abc import Awaitable, Coroutine, Iterable
from typing import Any

async def worker(label: str, delay: float = 0.1) -> str:
    await asyncio.sleep(delay)
    return label + str(random.randint(1, 10))

async def do_something(labels: Iterable[str]) -> list[str]:
    coros: list[Coroutine[Any, Any, str]] = [worker(l, 0.1 * i) for i, l in enumerate(labels, 1)]
    results: list[str] = []
    for fut in asyncio.as_completed(coros):
        results.append(await fut)
    return results

random.seed(14)
print(asyncio.run(do_something('XYZ')))
print(worker.__annotations__)
print(do_something.__annotations__['labels'], Awaitable[int], isinstance(worker('Q'), Awaitable))
