# Results printed as tab-separated columns, and expandtabs.
import asyncio
async def factorial(n):
    await asyncio.sleep(0.01)
    return 1 if n < 2 else n * await factorial(n - 1)
async def main():
    results = await asyncio.gather(*(factorial(n) for n in range(1, 6)))
    print("\t".join(map(str, range(1, 6))))
    print("\t".join(map(str, results)))
    print("n\tn!\n" + "\n".join(f"{i}\t{r}" for i, r in enumerate(results, 1)))
    print(repr("\t".expandtabs(4)), "a\tb".expandtabs())
asyncio.run(main())
