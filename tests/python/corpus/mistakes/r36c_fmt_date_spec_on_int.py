# formatting a timestamp field with a date format, but it's an int
stamp = 1700000000
print(f"{stamp:,}")
print(f"saved at {stamp:%Y-%m-%d}")
# (end of the program)
