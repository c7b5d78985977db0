# difflib: close matches for a spell checker, a similarity ratio and a unified diff of lines
import difflib

commands = ["start", "stop", "status", "restart", "reload", "stash"]
for typo in ["strat", "stat", "relaod", "xyz", "sto"]:
    print(typo, "->", difflib.get_close_matches(typo, commands, n=2))
print(round(difflib.SequenceMatcher(None, "asyncio", "asyncore").ratio(), 4))
a = ["import asyncio", "async def main():", "    await asyncio.sleep(1)", "asyncio.run(main())"]
b = ["import asyncio", "async def main():", "    await asyncio.sleep(0.5)", "    print('done')",
     "asyncio.run(main())"]
for line in difflib.unified_diff(a, b, "before.py", "after.py", lineterm=""):
    print(line)
print(list(difflib.ndiff(["one", "two"], ["one", "too"])))
sm = difflib.SequenceMatcher(None, "abcdef", "abXdeY")
print(sm.get_opcodes())
