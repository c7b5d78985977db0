# Mistake: a file indented with tabs throughout runs fine until a TypeError; the traceback shows its line.
import asyncio

async def total(prices):
	sum_ = 0
	for p in prices:
		await asyncio.sleep(0)
		sum_ += p
	return sum_

async def main():
	print(await total([1, 2, 3]))
	print(await total([1, "2", 3]))

asyncio.run(main())
