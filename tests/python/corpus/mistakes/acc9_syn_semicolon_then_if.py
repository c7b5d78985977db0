# A compound statement after a semicolon.
print("start")

import asyncio
x = 1; if x: print(x)
