# str.startwith instead of startswith
for f in ["a.py", "b.txt"]:
    if f.endswith(".py") and f.startwith("a"):
        print(f)
