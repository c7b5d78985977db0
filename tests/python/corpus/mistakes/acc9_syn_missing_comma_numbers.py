# A list of delays missing a comma.
import asyncio

delays = [0.1, 0.2 0.3]
print(delays)
