asyncio.run(do_something())
