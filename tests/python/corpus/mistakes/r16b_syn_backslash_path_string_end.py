# A Windows path whose last backslash escapes the closing quote
print("== backslash path string end ==")

folder = "C:\\Users\\ada\"
print(folder)
