import asyncio
from typing import Awaitable, Coroutine, Any

async def worker(n: int, label: str = 'w') -> str:
    await asyncio.sleep(0.01)
    return f'{label}{n}'

def schedule(coro: Coroutine[Any, Any, str]) -> 'asyncio.Task[str]':
    return asyncio.create_task(coro)

async def do_something() -> None:
    tasks: list[asyncio.Task[str]] = [schedule(worker(n)) for n in range(3)]
    results: list[str] = await asyncio.gather(*tasks)
    print(results)
    print(worker.__annotations__)
    print(schedule.__annotations__['return'])
    print(asyncio.iscoroutinefunction(worker), asyncio.iscoroutinefunction(schedule))

asyncio.run(do_something())
