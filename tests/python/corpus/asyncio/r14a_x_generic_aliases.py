# asyncio's classes are generic at run time: Future[int], Task[str], Queue[bytes] and their reprs
import asyncio

def describe(alias):
    print(repr(alias), alias.__origin__.__name__, alias.__args__)

describe(asyncio.Future[int])
describe(asyncio.Task[str])
describe(asyncio.Queue[bytes])
describe(asyncio.PriorityQueue[tuple[int, str]])

async def typed() -> 'asyncio.Task[int]':
    q: asyncio.Queue[int] = asyncio.Queue()
    await q.put(5)
    return await q.get()

print(asyncio.run(typed()), typed.__annotations__)
