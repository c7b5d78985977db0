# The file ends right after an if header with no newline
x = 3
if x > 2: