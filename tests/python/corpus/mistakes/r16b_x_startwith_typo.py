# str.startwith instead of startswith
print("== startwith typo ==")
for f in ["a.py", "b.txt"]:
    if f.endswith(".py") and f.startwith("a"):
        print(f)
