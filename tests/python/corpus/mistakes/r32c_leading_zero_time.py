# Writing a time like 0800 with a leading zero.
def opening(hour):
    return f"opens at {hour:04d}"

start = 0800
print(opening(start))
