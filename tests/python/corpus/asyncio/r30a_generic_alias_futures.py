# Subscripting asyncio classes for type hints: Future[int], Task[str], Queue[bytes]
import asyncio

async def name() -> str:
    return "typed"

async def main() -> None:
    fut: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    fut.set_result(3)
    t: asyncio.Task[str] = asyncio.create_task(name())
    q: asyncio.Queue[bytes] = asyncio.Queue()
    print(asyncio.Future[int], asyncio.Task[str], asyncio.Queue[bytes])
    print(await fut, await t, q.empty())
    print(asyncio.Future[int].__origin__ is asyncio.Future)
    print(main.__annotations__, name.__annotations__)

asyncio.run(main())
