# A 3.12 type alias statement.
import asyncio

type Point = tuple[int, int]
p: Point = (1, 2)
print(p)
