# A line indented by one space too many after a comment.
import asyncio

async def main():
    total = 0
    # add the numbers
     total += 5
    print(total)

asyncio.run(main())
