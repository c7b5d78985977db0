# pasted the listing together with the markdown fence lines around it
```
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

asyncio.run(worker())
```
