# the markdown fence from the notes got pasted inside the file
import asyncio

async def worker():
    return 42
```

asyncio.run(worker())
