# 'async' used as a variable name.
import asyncio

async = True
print(async)
