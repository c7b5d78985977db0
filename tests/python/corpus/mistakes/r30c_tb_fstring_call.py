# A failing call inside an f-string with other text around it.
def pct(part, whole):
    return part * 100 // whole

print(f"Progress: {pct(3, 4)}% ... remaining {pct(1, 0)}%")
