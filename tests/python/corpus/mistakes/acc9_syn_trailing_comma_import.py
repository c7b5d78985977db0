# A trailing comma in an import without parentheses.
print("start")

from asyncio import sleep, gather,
print(sleep, gather)
