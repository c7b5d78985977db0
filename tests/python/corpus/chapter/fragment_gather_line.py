results = await asyncio.gather(worker(), worker(), worker())
