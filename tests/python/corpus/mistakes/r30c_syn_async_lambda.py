# Trying to write an async lambda.
import asyncio

handler = async lambda x: await asyncio.sleep(x)

asyncio.run(handler(0.01))
