# Mistake: a block indented with tabs whose else is indented with spaces (inconsistent dedent).
import asyncio


async def check(n):
	await asyncio.sleep(0)
	if n % 2:
		return "odd"
        else:
		return "even"


print(asyncio.run(check(3)))
