# a type alias statement from a 3.12 tutorial: a SyntaxError in 3.11
import asyncio

type Result = tuple[str, int]

async def worker(label: str) -> Result:
    await asyncio.sleep(0.1)
    return label, len(label)

print(asyncio.run(worker('hello')))
