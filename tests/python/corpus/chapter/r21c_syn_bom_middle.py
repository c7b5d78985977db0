# A byte-order mark pasted at the start of a later line.
import asyncio

﻿async def main():
    print('hi')

asyncio.run(main())
