# from ... without import.
print("start")

from asyncio sleep
print(sleep)
