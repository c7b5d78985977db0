# copied from an interactive session with the >>> prompts still there
>>> import asyncio
>>> async def worker():
...     return 42
...
>>> asyncio.run(worker())
42
