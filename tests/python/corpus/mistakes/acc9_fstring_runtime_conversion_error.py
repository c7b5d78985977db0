# A format spec that does not fit the value in an f-string.
print("start")

count = 3
print(f"{count:05d}")
print(f"{count:,.2s}")
