# copied the listing with its line numbers from a web page
1 import asyncio
2
3 async def worker():
4     await asyncio.sleep(0.01)
5     return 42
