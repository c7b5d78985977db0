async def f()
