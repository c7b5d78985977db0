# A dict literal whose brace is never closed
print("== unclosed dict brace ==")

ages = {"ada": 36, "alan": 41
print(ages["ada"])
