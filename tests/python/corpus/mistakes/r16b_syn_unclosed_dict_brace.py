# A dict literal whose brace is never closed
ages = {"ada": 36, "alan": 41
print(ages["ada"])
