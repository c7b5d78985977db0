# reading asyncio.sleep's docstring and signature before using it
import asyncio
import inspect

print(inspect.signature(asyncio.sleep))
print(inspect.signature(asyncio.gather))
print(inspect.signature(asyncio.as_completed))
print(asyncio.iscoroutinefunction(asyncio.sleep))

async def worker(label: str, delay: float = 0.01) -> str:
    """Sleep a little, then return the label twice."""
    await asyncio.sleep(delay)
    return label * 2

print(inspect.signature(worker))
print(worker.__doc__)
print(worker.__annotations__)
print(asyncio.run(worker('z')))
