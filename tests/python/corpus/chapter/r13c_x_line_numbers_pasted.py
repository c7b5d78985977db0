1 import asyncio
2 import time
3
4 async def worker():
5     print('worker - will take some time')
6     time.sleep(3)
7     print('worker - done it')
8     return 42
