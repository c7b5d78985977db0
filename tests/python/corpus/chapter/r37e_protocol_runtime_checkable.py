# a runtime_checkable Protocol for "things with an async run()" and isinstance checks
import asyncio
from typing import Protocol, runtime_checkable

@runtime_checkable
class Runnable(Protocol):
    async def run(self) -> int: ...

class Good:
    async def run(self):
        await asyncio.sleep(0.01)
        return 1

class Sync:
    def run(self):
        return 2

class Nothing:
    pass

async def main():
    for obj in (Good(), Sync(), Nothing()):
        print(type(obj).__name__, isinstance(obj, Runnable))
    results = []
    for obj in (Good(), Sync()):
        r = obj.run()
        results.append(await r if asyncio.iscoroutine(r) else r)
    print(results)

asyncio.run(main())
