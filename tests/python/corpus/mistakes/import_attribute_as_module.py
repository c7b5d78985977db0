import asyncio.sleep
