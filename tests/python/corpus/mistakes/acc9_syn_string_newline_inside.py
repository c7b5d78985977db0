# A normal string broken over two lines.
import asyncio

message = "Tasks finished:
3 of 3"
print(message)
