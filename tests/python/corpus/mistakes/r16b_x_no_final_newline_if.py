# The file ends right after an if header with no newline
print("== no final newline if ==")

x = 3
if x > 2: