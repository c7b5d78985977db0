# import ... as a dotted name.
print("start")

import asyncio as aio.core
print(aio)
