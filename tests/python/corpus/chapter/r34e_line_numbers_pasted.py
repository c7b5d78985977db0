# copied the code with the line numbers from the e-book reader
1 import asyncio
2 async def worker():
3     await asyncio.sleep(0.01)
4     return 42
5 print(asyncio.run(worker()))
