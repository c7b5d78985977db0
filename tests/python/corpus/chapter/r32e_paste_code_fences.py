# pasted the markdown fence lines along with the code
```
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

print(asyncio.run(worker()))
```
