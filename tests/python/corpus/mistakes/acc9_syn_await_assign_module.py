# await used as a name at module level.
import asyncio

await = 3
print(await)
